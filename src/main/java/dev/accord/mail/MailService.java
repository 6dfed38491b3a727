package dev.accord.mail;

import java.time.Clock;
import java.util.UUID;

import dev.accord.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues mail in the caller's transaction: the message exists exactly when the change does, and
 * the dispatchers are woken as soon as the transaction commits.
 */
@Service
public class MailService {

	private final MailRenderer renderer;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final OutboxSignal signal;

	MailService(MailRenderer renderer, JdbcClient jdbc, Clock clock, OutboxSignal signal) {
		this.renderer = renderer;
		this.jdbc = jdbc;
		this.clock = clock;
		this.signal = signal;
	}

	/** Renders the message now (so later template changes cannot alter it) and writes it to the outbox. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(Mail mail) {
		MailRenderer.Rendered rendered = queued().render(mail);
		var now = Timestamps.toDb(this.clock.instant());
		this.jdbc.sql("""
				INSERT INTO mail_outbox (id, recipient, subject, text_body, html_body, created_at, next_attempt_at, attempts)
				VALUES (?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(UUID.randomUUID(), mail.to(), rendered.subject(), rendered.text(), rendered.html(), now, now)
			.update();
	}

	private Queued queued() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Queued queued && queued.owner() == this) {
				return queued;
			}
		}
		Queued queued = new Queued(this);
		TransactionSynchronizationManager.registerSynchronization(queued);
		return queued;
	}

	/** What one transaction queued: rings the dispatchers after commit. */
	private record Queued(MailService owner) implements TransactionSynchronization {

		MailRenderer.Rendered render(Mail mail) {
			return this.owner.renderer.render(mail);
		}

		@Override
		public void afterCommit() {
			this.owner.signal.ring();
		}

	}

}
