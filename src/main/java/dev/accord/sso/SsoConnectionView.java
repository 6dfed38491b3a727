package dev.accord.sso;

import java.time.Instant;
import java.util.UUID;

/**
 * A business account's single sign-on settings as administrators see them; the client secret is
 * never shown, only whether one is stored.
 *
 * @param redirectUri the address to register with the identity provider
 */
public record SsoConnectionView(UUID businessAccountId, String issuer, String clientId, boolean hasClientSecret,
		String redirectUri, boolean enabled, boolean requireSso, boolean joinOnFirstSignIn, String adminClaim,
		String adminClaimValue, Instant lastTestedAt, TestResult lastTestResult) {
}
