/**
 * Outgoing email through a transactional outbox: {@link dev.accord.mail.MailService#enqueue} writes
 * the rendered message in the caller's transaction; a background dispatcher delivers it over SMTP,
 * or into the development mailbox when no SMTP server is configured, with retries and backoff.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "shared" })
package dev.accord.mail;
