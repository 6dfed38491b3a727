package dev.accord.sso;

import java.time.Instant;
import java.util.UUID;

/**
 * A business account's identity provider, as stored; {@code clientSecret} is the encrypted value.
 */
record SsoConnection(UUID businessAccountId, String issuer, String clientId, String clientSecret, boolean enabled,
		boolean requireSso, boolean joinOnFirstSignIn, String adminClaim, String adminClaimValue, Instant testedAt,
		TestResult testResult, Instant updatedAt) {

	boolean tested() {
		return this.testResult == TestResult.OK;
	}

	/** Whether the provider's claims decide who is an Account Administrator. */
	boolean mapsAdministrators() {
		return this.adminClaim != null && this.adminClaimValue != null;
	}

	/** The host of the issuer, which names the provider as audit actor. */
	String issuerHost() {
		try {
			String host = java.net.URI.create(this.issuer).getHost();
			return (host != null) ? host : this.issuer;
		}
		catch (IllegalArgumentException ex) {
			return this.issuer;
		}
	}

}
