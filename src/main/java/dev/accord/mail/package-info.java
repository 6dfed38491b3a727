/**
 * Outgoing email through a transactional outbox: {@link dev.accord.mail.MailService#enqueue} writes
 * the rendered message in the caller's transaction; dispatcher threads, woken when it commits, claim
 * batches of due messages and deliver them over reused SMTP connections, or into the development
 * mailbox when no SMTP server is configured, with retries and backoff (ADR 0002).
 *
 * <p>Owns the outbox and the development mailbox; publishes no events.
 *
 * <p>Tables: {@code mail_outbox}, {@code dev_mailbox}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "shared" })
package dev.accord.mail;
