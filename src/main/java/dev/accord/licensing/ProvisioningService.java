package dev.accord.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import dev.accord.account.AccountService;
import dev.accord.business.BusinessAccess;
import dev.accord.business.BusinessAccountService;
import dev.accord.platform.AccordException;
import dev.accord.platform.AccordProperties;
import dev.accord.platform.ForbiddenException;
import dev.accord.platform.ValidationException;
import dev.accord.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Subscriptions come from the vendor's operators (as a purchase would); administrators register their keys. */
@Service
public class ProvisioningService {

	private final Subscriptions subscriptions;

	private final LicenseKeys keys;

	private final AccountService accounts;

	private final BusinessAccess access;

	private final AccordProperties properties;

	private final Clock clock;

	private final BusinessAccountService businesses;

	private final ApplicationEventPublisher events;

	private final KeyFactsCache keyFacts;

	ProvisioningService(Subscriptions subscriptions, LicenseKeys keys, AccountService accounts, BusinessAccess access,
			AccordProperties properties, Clock clock, BusinessAccountService businesses, ApplicationEventPublisher events,
			KeyFactsCache keyFacts) {
		this.events = events;
		this.keyFacts = keyFacts;
		this.businesses = businesses;
		this.subscriptions = subscriptions;
		this.keys = keys;
		this.accounts = accounts;
		this.access = access;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Creates a subscription and its Primary Key, for an operator (an email listed in
	 * {@code accord.operators}); without a business account the key waits to be registered.
	 */
	@Transactional
	public Provisioned provision(UUID operatorId, UUID accountId, String product, int seats, LocalDate activationDate,
			LocalDate expirationDate) {
		if (!this.properties.operators().contains(this.accounts.get(operatorId).email())) {
			throw new ForbiddenException();
		}
		if (expirationDate.isBefore(activationDate)) {
			throw ValidationException.of("expirationDate", "licensing.expirationBeforeActivation");
		}
		dev.accord.platform.PlainText.requireSingleLine("product", product);
		return create(Actor.operator(operatorId), accountId, product, seats, activationDate, expirationDate);
	}

	/**
	 * Creates a subscription for a business account on behalf of the system itself (demo data, imports),
	 * with no operator check; the HTTP API always goes through {@link #provision}.
	 */
	@Transactional
	public Provisioned provisionAsSystem(UUID accountId, String product, int seats, LocalDate activationDate,
			LocalDate expirationDate) {
		return create(Actor.system(), accountId, product, seats, activationDate, expirationDate);
	}

	private Provisioned create(Actor actor, UUID accountId, String product, int seats, LocalDate activationDate,
			LocalDate expirationDate) {
		if (accountId != null) {
			this.businesses.find(accountId);
		}
		Subscription subscription = Subscription.provision(accountId, product, seats, activationDate, expirationDate);
		this.subscriptions.add(subscription, this.clock.instant());
		this.events.publishEvent(new SubscriptionProvisioned(accountId, actor, subscription.id(), subscription.name(),
				product, seats, activationDate, expirationDate));
		return new Provisioned(subscription.id(), subscription.primaryKey().value());
	}

	/** Attaches the subscription of this Primary Key to the business account; administrators only. */
	@Transactional
	public UUID register(UUID accountId, UUID callerId, String key) {
		this.access.administrator(accountId, callerId);
		LicenseKey found = this.keys.byValue(key)
			.filter(LicenseKey::isPrimary)
			.orElseThrow(() -> ValidationException.of("key", "licensing.key.unknown"));
		Subscription subscription = this.subscriptions.lock(found.subscriptionId()).orElseThrow();
		if (subscription.accountId() == null) {
			this.subscriptions.register(subscription.registeredTo(accountId));
			this.keyFacts.forgetAll();
			this.events.publishEvent(new KeyRegistered(accountId, Actor.person(callerId), found.id(), found.name(),
					subscription.id(), subscription.product(), subscription.seats()));
		}
		else if (!subscription.isOf(accountId)) {
			throw new KeyRegisteredElsewhereException();
		}
		return subscription.id();
	}

	/** The new subscription and its Primary Key's string (shown once, to the operator). */
	public record Provisioned(UUID subscriptionId, String primaryKey) {
	}

	/** The key belongs to another business account. */
	public static class KeyRegisteredElsewhereException extends AccordException {

		KeyRegisteredElsewhereException() {
			super(HttpStatus.CONFLICT, "KEY_ALREADY_REGISTERED", "licensing.key.registeredElsewhere");
		}

	}

}
