package dev.accord.licensing;

import java.util.UUID;
import java.util.function.UnaryOperator;

import dev.accord.account.AccountService;
import dev.accord.shared.Actor;
import dev.accord.shared.AuditAction;
import dev.accord.shared.BusinessAccountChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes licensing's {@link BusinessAccountChanged} events, named after their objects; a change
 * in which no field changed is not published.
 */
@Component
class LicensingAudit {

	private final ApplicationEventPublisher events;

	private final AccountService people;

	LicensingAudit(ApplicationEventPublisher events, AccountService people) {
		this.events = events;
		this.people = people;
	}

	void subscription(Actor actor, AuditAction action, Rows.Subscription subscription,
			UnaryOperator<BusinessAccountChanged> fields) {
		publish(fields.apply(BusinessAccountChanged.of(subscription.accountId(), actor, action, subscription.id(),
				subscription.name())));
	}

	void key(UUID accountId, Actor actor, AuditAction action, UUID keyId, String name,
			UnaryOperator<BusinessAccountChanged> fields) {
		if (accountId == null) {
			return; // a key not yet registered to any business account has no audit log
		}
		publish(fields.apply(BusinessAccountChanged.of(accountId, actor, action, keyId, name)));
	}

	void computer(UUID accountId, Actor actor, AuditAction action, Rows.Activation computer,
			UnaryOperator<BusinessAccountChanged> fields) {
		if (accountId == null) {
			return;
		}
		publish(fields
			.apply(BusinessAccountChanged.of(accountId, actor, action, computer.id(), computer.computerName())));
	}

	/** A person gained or lost License Administrator rights on a key. */
	void administrator(UUID accountId, Actor actor, AuditAction action, UUID userId, Rows.Key key) {
		String name = this.people.find(userId).map((p) -> p.displayName()).orElse(userId.toString());
		BusinessAccountChanged change = BusinessAccountChanged.of(accountId, actor, action, userId, name)
			.about(userId);
		publish((action == AuditAction.LICENSE_ADMINISTRATOR_GRANTED) ? change.after("licenseKey", key.name())
				: change.before("licenseKey", key.name()));
	}

	private void publish(BusinessAccountChanged change) {
		if (!change.isEmpty()) {
			this.events.publishEvent(change);
		}
	}

}
