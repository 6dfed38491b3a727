/**
 * Personal accounts: sign-up, sign-in (Argon2id), email verification and email change by a
 * single-use mailed link, password reset by email, profile and language,
 * security settings (password, other sessions, API tokens with an expiry, a scope and their last use),
 * and the authentication of every request by session or bearer token (an expired token is 401
 * {@code TOKEN_EXPIRED}, a read-only one 403 {@code READ_ONLY_TOKEN} on every write).
 *
 * <p>Owns the personal accounts and everything that authenticates a person; publishes
 * {@link dev.accord.account.ProfileChanged} when a person's name changes, so modules that keep a
 * copy of it (business) update it in the same transaction, and {@link dev.accord.account.EmailChanged}
 * when a person's email changes. An unverified person is refused joining a business account
 * ({@link dev.accord.account.EmailNotVerifiedException}, 403 {@code EMAIL_NOT_VERIFIED}).
 *
 * <p>Tables: {@code user_account}, {@code password_reset}, {@code api_token}, {@code sign_in_failure}, {@code email_link}, {@code spring_session}, {@code spring_session_attributes}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "mail", "shared" })
package dev.accord.account;
