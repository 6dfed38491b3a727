/**
 * Personal accounts: sign-up, sign-in (Argon2id), password reset by email, profile and language,
 * security settings (password, other sessions, API tokens), and the authentication of every request
 * by session or bearer token.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "mail", "shared" })
package dev.accord.account;
