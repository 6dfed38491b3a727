package dev.accord.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.accord.shared.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Delivers due outbox messages. Each message is claimed with a conditional update before it is
 * handed to the transport, so that several dispatchers (threads or instances) never send it twice;
 * a failure schedules the next attempt with exponential backoff, and nothing is ever dropped.
 */
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private static final Duration CLAIM = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final MailTransport transport;

	private final MailSettings settings;

	private final Clock clock;

	MailDispatcher(JdbcClient jdbc, MailTransport transport, MailSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.transport = transport;
		this.settings = settings;
		this.clock = clock;
	}

	/** One round: delivers what is due now; returns how many messages were sent. */
	int dispatchDue() {
		Instant now = this.clock.instant();
		List<UUID> due = this.jdbc.sql("""
				SELECT id FROM mail_outbox
				WHERE sent_at IS NULL AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)
				ORDER BY next_attempt_at LIMIT ?""")
			.params(Timestamps.toDb(now), Timestamps.toDb(now), this.settings.batchSize())
			.query(UUID.class)
			.list();
		if (!due.isEmpty()) {
			log.debug("{} message(s) due for delivery", due.size());
		}
		int sent = 0;
		for (UUID id : due) {
			if (claim(id, now) && deliver(id)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean claim(UUID id, Instant now) {
		return this.jdbc.sql("""
				UPDATE mail_outbox SET claimed_until = ?
				WHERE id = ? AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < ?)""")
			.params(Timestamps.toDb(now.plus(CLAIM)), id, Timestamps.toDb(now))
			.update() == 1;
	}

	private boolean deliver(UUID id) {
		var message = this.jdbc.sql("SELECT id, recipient, subject, text_body, html_body, attempts FROM mail_outbox WHERE id = ?")
			.param(id)
			.query((rs, n) -> new Attempt(new MailTransport.OutboxMessage(rs.getObject("id", UUID.class),
					rs.getString("recipient"), rs.getString("subject"), rs.getString("text_body"),
					rs.getString("html_body")), rs.getInt("attempts")))
			.single();
		try {
			this.transport.deliver(message.message());
			this.jdbc.sql("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1, claimed_until = NULL, last_error = NULL WHERE id = ?")
				.params(Timestamps.toDb(this.clock.instant()), id)
				.update();
			return true;
		}
		catch (Exception ex) {
			Duration delay = backoff(message.attempts() + 1);
			log.warn("Mail {} not delivered (attempt {}), next try in {}: {}", id, message.attempts() + 1, delay,
					ex.toString());
			String error = ex.toString();
			this.jdbc.sql("""
					UPDATE mail_outbox SET attempts = attempts + 1, claimed_until = NULL, next_attempt_at = ?, last_error = ?
					WHERE id = ?""")
				.params(Timestamps.toDb(this.clock.instant().plus(delay)),
						error.substring(0, Math.min(error.length(), 1000)), id)
				.update();
			return false;
		}
	}

	/** base × 2^(failures−1), capped at the maximum. */
	Duration backoff(int failures) {
		Duration delay = this.settings.retryBase();
		for (int i = 1; i < failures && delay.compareTo(this.settings.retryMax()) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(this.settings.retryMax()) > 0) ? this.settings.retryMax() : delay;
	}

	private record Attempt(MailTransport.OutboxMessage message, int attempts) {
	}

}
