package dev.accord.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The queued messages and their claims. A batch is claimed in one short transaction: the due rows
 * are locked with {@code FOR UPDATE SKIP LOCKED} (so concurrent dispatchers take different rows
 * instead of waiting for each other) and stamped with a claim token and lease; the conditional
 * update re-checks that no one else holds the claim, so a row is never claimed twice while a lease runs.
 */
class MailOutbox {

	private static final String DUE = """
			sent_at IS NULL AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until < :now)""";

	private final JdbcClient jdbc;

	private final TransactionOperations transaction;

	MailOutbox(JdbcClient jdbc, TransactionOperations transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	/** Claims up to {@code limit} due messages, oldest first, until {@code now + lease}. */
	Claim claim(int limit, Duration lease, Instant now) {
		UUID token = UUID.randomUUID();
		Instant until = now.plus(lease);
		List<Queued> messages = this.transaction.execute((status) -> claimDue(limit, token, until, now));
		return new Claim(token, until, messages);
	}

	/** Locks due rows others have not locked, marks them as this claim's, and reads them. */
	private List<Queued> claimDue(int limit, UUID token, Instant until, Instant now) {
		List<UUID> due = this.jdbc.sql("SELECT id FROM mail_outbox WHERE " + DUE
				+ " ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED")
			.param("now", Timestamps.toDb(now))
			.param("limit", limit)
			.query(UUID.class)
			.list();
		if (due.isEmpty()) {
			return List.of();
		}
		this.jdbc.sql("UPDATE mail_outbox SET claimed_until = :until, claimed_by = :token WHERE id IN (:ids) AND " + DUE)
			.param("until", Timestamps.toDb(until))
			.param("token", token)
			.param("ids", due)
			.param("now", Timestamps.toDb(now))
			.update();
		return this.jdbc.sql("""
				SELECT id, recipient, subject, text_body, html_body, attempts FROM mail_outbox
				WHERE id IN (:ids) AND claimed_by = :token ORDER BY next_attempt_at""")
			.param("ids", due)
			.param("token", token)
			.query((rs, n) -> new Queued(new MailTransport.OutboxMessage(rs.getObject("id", UUID.class),
					rs.getString("recipient"), rs.getString("subject"), rs.getString("text_body"),
					rs.getString("html_body")), rs.getInt("attempts")))
			.list();
	}

	/** Records a delivery; whoever sent it, the message is sent. */
	void markSent(UUID id, Instant at) {
		this.jdbc.sql("""
				UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1, claimed_until = NULL, claimed_by = NULL,
				last_error = NULL WHERE id = ? AND sent_at IS NULL""")
			.params(Timestamps.toDb(at), id)
			.update();
	}

	/** Records a failed attempt and when to try again, if the message is still under this claim. */
	void markFailed(UUID id, UUID token, Instant nextAttempt, String error) {
		this.jdbc.sql("""
				UPDATE mail_outbox SET attempts = attempts + 1, claimed_until = NULL, claimed_by = NULL,
				next_attempt_at = ?, last_error = ? WHERE id = ? AND claimed_by = ? AND sent_at IS NULL""")
			.params(Timestamps.toDb(nextAttempt), error.substring(0, Math.min(error.length(), 1000)), id, token)
			.update();
	}

	/** Gives back the unsent messages of a claim, for any dispatcher to take at once. */
	void release(UUID token) {
		this.jdbc.sql("UPDATE mail_outbox SET claimed_until = NULL, claimed_by = NULL WHERE claimed_by = ? AND sent_at IS NULL")
			.param(token)
			.update();
	}

	long pending() {
		return this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL").query(Long.class).single();
	}

	/** Messages claimed under {@code token} until {@code until}, in the order to send them. */
	record Claim(UUID token, Instant until, List<Queued> messages) {
	}

	/** A claimed message and how many attempts it had before. */
	record Queued(MailTransport.OutboxMessage message, int attempts) {
	}

}
