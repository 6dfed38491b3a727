package dev.accord.audit;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.accord.account.AccountService;
import dev.accord.account.AccountView;
import dev.accord.platform.ClientAddress;
import dev.accord.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes entries into the audit log, synchronously and in the transaction of the change they
 * describe (which must exist): if the change rolls back, so does its entry. The listeners
 * ({@code BusinessEntries}, {@code InvitationEntries}, {@code LicensingEntries}) turn each
 * module's events into {@link Change}s and hand them here.
 */
@Component
class AuditRecorder {

	private final AuditEvents events;

	private final AccountService people;

	private final Clock clock;

	AuditRecorder(AuditEvents events, AccountService people, Clock clock) {
		this.events = events;
		this.people = people;
		this.clock = clock;
	}

	/** Writes the entry; the listener calling this runs in the change's transaction. */
	void record(Change change) {
		this.events.add(change.businessAccountId(), this.clock.instant(), change.actor(), actorName(change),
				change.action(), change.objectId(), change.objectLabel(), change.personId(), change.before(),
				change.after(), ClientAddress.current());
	}

	private String actorName(Change change) {
		Actor actor = change.actor();
		return switch (actor.type()) {
			case PERSON, OPERATOR -> namesInThisTransaction()
				.computeIfAbsent(actor.userId(), (id) -> this.people.find(id).map(AuditRecorder::name))
				.orElse(null);
			case DEVICE -> change.action().objectType().equals("COMPUTER") ? change.objectLabel() : actor.id();
			case PROVIDER -> actor.id();
			case SYSTEM -> null;
		};
	}

	/**
	 * The actors' names already read in this transaction: a request that records many changes (an
	 * invitation to 200 people) asks for its actor's name once.
	 */
	@SuppressWarnings("unchecked")
	private Map<UUID, Optional<String>> namesInThisTransaction() {
		Map<UUID, Optional<String>> names = (Map<UUID, Optional<String>>) TransactionSynchronizationManager.getResource(this);
		if (names == null) {
			Map<UUID, Optional<String>> fresh = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(AuditRecorder.this);
				}

			});
			names = fresh;
		}
		return names;
	}

	private static String name(AccountView person) {
		String name = person.displayName();
		return name.isBlank() ? person.email() : name;
	}

}
