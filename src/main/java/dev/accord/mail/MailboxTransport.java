package dev.accord.mail;

import java.time.Clock;

import dev.accord.platform.Timestamps;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded default: messages are kept for {@code /dev/mailbox} instead of being sent. */
class MailboxTransport implements MailTransport {

	private final JdbcClient jdbc;

	private final Clock clock;

	MailboxTransport(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String mode() {
		return "mailbox";
	}

	@Override
	public Connection open() {
		return new Connection() {

			@Override
			public void deliver(OutboxMessage message) {
				keep(message);
			}

			@Override
			public void close() {
			}

		};
	}

	private void keep(OutboxMessage message) {
		try {
			insert(message);
		}
		catch (DuplicateKeyException ex) {
			// Delivered before, but the outbox did not learn it (e.g. a crash): deliver once only.
		}
	}

	private void insert(OutboxMessage message) {
		this.jdbc.sql("""
				INSERT INTO dev_mailbox (id, recipient, subject, text_body, html_body, sent_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(message.id(), message.to(), message.subject(), message.text(), message.html(),
					Timestamps.toDb(this.clock.instant()))
			.update();
	}

}
