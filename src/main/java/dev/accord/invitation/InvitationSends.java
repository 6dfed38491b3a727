package dev.accord.invitation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The log of invitation emails an account's administrators sent, for the daily limit. */
@Repository
class InvitationSends {

	private final JdbcClient jdbc;

	private final JdbcOperations batch;

	InvitationSends(JdbcClient jdbc, JdbcOperations batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Counts {@code count} invitation emails sent at this time, in one batch. */
	void add(UUID accountId, Instant at, int count) {
		var sentAt = Timestamps.toDb(at);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { UUID.randomUUID(), accountId, sentAt });
		}
		this.batch.batchUpdate("INSERT INTO invitation_send (id, business_account_id, sent_at) VALUES (?, ?, ?)", rows);
	}

	/** How many invitation emails the account's administrators sent after this time. */
	long since(UUID accountId, Instant since) {
		return this.jdbc.sql("SELECT COUNT(*) FROM invitation_send WHERE business_account_id = ? AND sent_at > ?")
			.params(accountId, Timestamps.toDb(since))
			.query(Long.class)
			.single();
	}

}
