package dev.accord.mail;

import java.time.Clock;
import java.util.UUID;

import dev.accord.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues mail in the caller's transaction: the message exists exactly when the change does. */
@Service
public class MailService {

	private final MailRenderer renderer;

	private final JdbcClient jdbc;

	private final Clock clock;

	MailService(MailRenderer renderer, JdbcClient jdbc, Clock clock) {
		this.renderer = renderer;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Renders the message now (so later template changes cannot alter it) and writes it to the outbox. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(Mail mail) {
		MailRenderer.Rendered rendered = this.renderer.render(mail);
		var now = Timestamps.toDb(this.clock.instant());
		this.jdbc.sql("""
				INSERT INTO mail_outbox (id, recipient, subject, text_body, html_body, created_at, next_attempt_at, attempts)
				VALUES (?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(UUID.randomUUID(), mail.to(), rendered.subject(), rendered.text(), rendered.html(), now, now)
			.update();
	}

}
