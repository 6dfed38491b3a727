package dev.accord.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues mail in the caller's transaction: the message exists exactly when the change does (the
 * transaction's messages are written together as it commits), and the dispatchers are woken as
 * soon as it has committed.
 */
@Service
public class MailService {

	private final MailRenderer renderer;

	private final JdbcOperations jdbc;

	private final Clock clock;

	private final OutboxSignal signal;

	MailService(MailRenderer renderer, JdbcOperations jdbc, Clock clock, OutboxSignal signal) {
		this.renderer = renderer;
		this.jdbc = jdbc;
		this.clock = clock;
		this.signal = signal;
	}

	/**
	 * Renders the message now (so later template changes cannot alter it) and writes it to the outbox.
	 * A message with {@linkplain Mail#personal() personal values} is rendered once per transaction for
	 * all recipients that share the rest of its model.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(Mail mail) {
		Queued queued = queued();
		MailRenderer.Rendered rendered = queued.render(mail);
		var now = Timestamps.toDb(this.clock.instant());
		queued.rows().add(new Object[] { UUID.randomUUID(), mail.to(), rendered.subject(), rendered.text(),
				rendered.html(), now, now });
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

	/**
	 * What one transaction queued: its renderings to reuse and its messages, written in one batch
	 * just before the transaction commits; rings the dispatchers after the commit.
	 */
	private static final class Queued implements TransactionSynchronization {

		private final MailService owner;

		private final Map<Key, MailRenderer.Personalizable> renderings = new HashMap<>();

		private final List<Object[]> rows = new ArrayList<>();

		Queued(MailService owner) {
			this.owner = owner;
		}

		MailService owner() {
			return this.owner;
		}

		List<Object[]> rows() {
			return this.rows;
		}

		MailRenderer.Rendered render(Mail mail) {
			if (mail.personal().isEmpty()) {
				return this.owner.renderer.render(mail);
			}
			return this.renderings.computeIfAbsent(Key.of(mail), (key) -> this.owner.renderer.personalizable(mail))
				.fill(mail.model());
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			this.owner.jdbc.batchUpdate("""
					INSERT INTO mail_outbox (id, recipient, subject, text_body, html_body, created_at, next_attempt_at, attempts)
					VALUES (?, ?, ?, ?, ?, ?, ?, 0)""", this.rows);
		}

		@Override
		public void afterCommit() {
			this.owner.signal.ring();
		}

	}

	/** What makes two messages render the same but for their personal values. */
	private record Key(String template, Locale locale, List<Object> subjectArgs, Map<String, Object> shared,
			Set<String> personal) {

		static Key of(Mail mail) {
			Map<String, Object> shared = new HashMap<>(mail.model());
			shared.keySet().removeAll(mail.personal());
			return new Key(mail.template(), mail.locale(), java.util.Arrays.asList(mail.subjectArgs()), shared, mail.personal());
		}

	}

}
