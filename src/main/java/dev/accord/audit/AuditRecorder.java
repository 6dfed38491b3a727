package dev.accord.audit;

import java.time.Clock;

import dev.accord.account.AccountService;
import dev.accord.account.AccountView;
import dev.accord.platform.ClientAddress;
import dev.accord.shared.Actor;
import dev.accord.shared.BusinessAccountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes each published change into the audit log, synchronously and in the publisher's
 * transaction (which must exist): if the change rolls back, so does its entry.
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

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(BusinessAccountChanged change) {
		this.events.add(change.businessAccountId(), this.clock.instant(), change.actor(), actorName(change),
				change.action(), change.objectId(), change.objectLabel(), change.personId(), change.before(),
				change.after(), ClientAddress.current());
	}

	private String actorName(BusinessAccountChanged change) {
		Actor actor = change.actor();
		return switch (actor.type()) {
			case PERSON, OPERATOR -> this.people.find(actor.userId()).map(AuditRecorder::name).orElse(null);
			case DEVICE -> change.action().objectType().equals("COMPUTER") ? change.objectLabel() : actor.id();
			case SYSTEM -> null;
		};
	}

	private static String name(AccountView person) {
		String name = person.displayName();
		return name.isBlank() ? person.email() : name;
	}

}
