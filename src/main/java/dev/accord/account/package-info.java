/**
 * Personal accounts: sign-up, sign-in (Argon2id), password reset by email, profile and language,
 * security settings (password, other sessions, API tokens), and the authentication of every request
 * by session or bearer token.
 *
 * <p>Owns the personal accounts and everything that authenticates a person; publishes
 * {@link dev.accord.account.ProfileChanged} when a person's name changes, so modules that keep a
 * copy of it (business) update it in the same transaction.
 *
 * <p>Tables: {@code user_account}, {@code password_reset}, {@code api_token}, {@code sign_in_failure}, {@code spring_session}, {@code spring_session_attributes}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "mail", "shared" })
package dev.accord.account;
