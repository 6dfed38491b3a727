/**
 * OIDC single sign-on per business account: an Account Administrator connects one identity provider
 * (issuer with discovery, client id, client secret encrypted with {@link dev.accord.platform.SecretCipher}),
 * tests it and switches it on. People whose email is of a domain the business account has verified
 * are sent to that provider from the sign-in page ("email first"), come back through Spring
 * Security's {@code oauth2Login} (Authorization Code with PKCE, {@code state}, {@code nonce}, ID-token
 * validation by the library), are matched by their verified email or created, may join as Regular
 * Members on first sign-in, may be made Account Administrators by a claim, and are signed in with a
 * fresh session by {@link dev.accord.account.SignIn}. "Require SSO for verified domains" refuses their
 * password and passkey sign-in ({@link dev.accord.account.PasswordSignInPolicy}), except for the
 * business account's own Account Administrators (their recovery path).
 *
 * <p>Memberships made and roles changed here carry the provider as actor
 * ({@link dev.accord.shared.Actor#provider}), so they appear in the audit log as the provider's.
 *
 * <p>Tables: {@code sso_connection}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "account", "business", "domain", "platform", "shared" })
package dev.accord.sso;
