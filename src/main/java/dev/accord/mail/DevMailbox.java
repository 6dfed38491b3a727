package dev.accord.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.accord.shared.EmailAddress;
import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the messages kept in mailbox mode, newest first. */
@Service
public class DevMailbox {

	private static final int LIMIT = 200;

	private final JdbcClient jdbc;

	private final MailTransport transport;

	DevMailbox(JdbcClient jdbc, MailTransport transport) {
		this.jdbc = jdbc;
		this.transport = transport;
	}

	/** Whether mail is kept here instead of being delivered. */
	public boolean isActive() {
		return "mailbox".equals(this.transport.mode());
	}

	@Transactional(readOnly = true)
	public List<Message> messages(String to) {
		String recipient = EmailAddress.normalize(to);
		boolean filtered = recipient != null && !recipient.isEmpty();
		String sql = "SELECT id, recipient, subject, text_body, html_body, sent_at FROM dev_mailbox "
				+ (filtered ? "WHERE recipient = :to " : "") + "ORDER BY seq DESC LIMIT " + LIMIT;
		var spec = this.jdbc.sql(sql);
		if (filtered) {
			spec = spec.param("to", recipient);
		}
		return spec.query((rs, n) -> new Message(rs.getObject("id", UUID.class), rs.getString("recipient"),
				rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
				Timestamps.fromDb(rs, "sent_at")))
			.list();
	}

	/** One kept message. */
	@Transactional(readOnly = true)
	public java.util.Optional<Message> message(UUID id) {
		return this.jdbc.sql("SELECT id, recipient, subject, text_body, html_body, sent_at FROM dev_mailbox WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Message(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
					Timestamps.fromDb(rs, "sent_at")))
			.optional();
	}

	/** A kept message, as the JSON of {@code /api/v1/dev/mailbox} shows it. */
	public record Message(UUID id, String to, String subject, String text, String html, Instant sentAt) {
	}

}
