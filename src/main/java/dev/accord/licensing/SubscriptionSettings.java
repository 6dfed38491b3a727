package dev.accord.licensing;

import java.util.UUID;

import dev.accord.platform.NotFoundException;
import dev.accord.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The settings administrators change on a subscription: its name and auto-renewal. */
@Service
public class SubscriptionSettings {

	private final Subscriptions subscriptions;

	private final LicensingAccess access;

	private final LicensingService queries;

	private final ApplicationEventPublisher events;

	SubscriptionSettings(Subscriptions subscriptions, LicensingAccess access, LicensingService queries,
			ApplicationEventPublisher events) {
		this.subscriptions = subscriptions;
		this.access = access;
		this.queries = queries;
		this.events = events;
	}

	/**
	 * Renames the subscription and switches its auto-renewal ({@code null}: unchanged); administrators
	 * only. Publishes {@link SubscriptionRenamed} and {@link SubscriptionAutoRenewSwitched} for what changed.
	 */
	@Transactional
	public SubscriptionView change(UUID accountId, UUID callerId, UUID subscriptionId, String name, Boolean autoRenew) {
		this.access.of(accountId, callerId).requireAdministrator();
		Subscription before = this.subscriptions.lock(subscriptionId)
			.filter((s) -> s.isOf(accountId))
			.orElseThrow(NotFoundException::new);
		String newName = Names.optional("name", name);
		Subscription after = (newName != null) ? before.renamed(newName) : before;
		after = (autoRenew != null) ? after.withAutoRenew(autoRenew) : after;
		this.subscriptions.update(after);
		Actor actor = Actor.person(callerId);
		if (!after.name().equals(before.name())) {
			this.events.publishEvent(new SubscriptionRenamed(accountId, actor, subscriptionId, before.name(), after.name()));
		}
		if (after.autoRenew() != before.autoRenew()) {
			this.events.publishEvent(
					new SubscriptionAutoRenewSwitched(accountId, actor, subscriptionId, before.name(), after.autoRenew()));
		}
		return this.queries.subscription(accountId, callerId, subscriptionId);
	}

}
