/**
 * Personal accounts: sign-up, sign-in (Argon2id), password reset by email, profile and language,
 * security settings (password, other sessions, API tokens with an expiry, a scope and their last use,
 * passkeys through Spring Security's WebAuthn support, which count as two-step verification),
 * and the authentication of every request by session or bearer token (an expired token is 401
 * {@code TOKEN_EXPIRED}, a read-only one 403 {@code READ_ONLY_TOKEN} on every write).
 *
 * <p>Owns the personal accounts and everything that authenticates a person; publishes
 * {@link dev.accord.account.ProfileChanged} when a person's name changes, so modules that keep a
 * copy of it (business) update it in the same transaction.
 *
 * <p>Tables: {@code user_account}, {@code password_reset}, {@code api_token}, {@code sign_in_failure}, {@code spring_session}, {@code spring_session_attributes}, {@code user_entities}, {@code user_credentials}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "mail", "shared" })
package dev.accord.account;
