package dev.accord.sso;

/**
 * New single sign-on settings. A blank {@code clientSecret} keeps the stored one; blank claim
 * fields mean no administrator mapping.
 */
public record SsoChange(String issuer, String clientId, String clientSecret, boolean enabled, boolean requireSso,
		boolean joinOnFirstSignIn, String adminClaim, String adminClaimValue) {

	public static final int MAX_ISSUER = 500;

	public static final int MAX_CLIENT_ID = 200;

	public static final int MAX_CLIENT_SECRET = 1000;

	public static final int MAX_CLAIM = 100;

	public static final int MAX_CLAIM_VALUE = 200;

	public SsoChange {
		issuer = trimmed(issuer);
		clientId = trimmed(clientId);
		clientSecret = (clientSecret == null || clientSecret.isBlank()) ? null : clientSecret;
		adminClaim = trimmed(adminClaim);
		adminClaimValue = trimmed(adminClaimValue);
	}

	private static String trimmed(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
