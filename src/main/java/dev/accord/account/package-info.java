/**
 * Personal accounts: sign-up, sign-in (Argon2id), email verification and email change by a
 * single-use mailed link, password reset by email, profile and language,
 * security settings (password, other sessions, API tokens with an expiry, a scope and their last use,
 * passkeys through Spring Security's WebAuthn support, which count as two-step verification),
 * and the authentication of every request by session or bearer token (an expired token is 401
 * {@code TOKEN_EXPIRED}, a read-only one 403 {@code READ_ONLY_TOKEN} on every write; the owner is
 * emailed once, a week before a token expires).
 *
 * <p>Owns the personal accounts and everything that authenticates a person; publishes
 * {@link dev.accord.account.ProfileChanged} when a person's name changes, so modules that keep a
 * copy of it (business) update it in the same transaction, and {@link dev.accord.account.AccountDeleted}
 * when a person deletes their account, so modules end what they keep of the person in that transaction
 * (business refuses for the last Account Administrator). A person sees and ends their sessions
 * ({@link dev.accord.account.SessionService}) and deletes their account
 * ({@link dev.accord.account.AccountDeletion}); {@link dev.accord.account.EmailChanged} is published
 * when a person's email changes. An unverified person is refused joining a business account
 * ({@link dev.accord.account.EmailNotVerifiedException}, 403 {@code EMAIL_NOT_VERIFIED}).
 *
 * <p>Tables: {@code user_account}, {@code password_reset}, {@code api_token}, {@code sign_in_failure}, {@code email_link}, {@code totp_credential}, {@code recovery_code}, {@code spring_session}, {@code spring_session_attributes}, {@code user_entities}, {@code user_credentials}, {@code known_browser}, {@code device_cookie_key}, {@code email_sign_in_code}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "mail", "shared" })
package dev.accord.account;
