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
import dev.accord.shared.AuditAction;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Subscriptions come from the vendor's operators (as a purchase would); administrators register their keys. */
@Service
public class ProvisioningService {

	private final LicensingStore store;

	private final AccountService accounts;

	private final BusinessAccess access;

	private final AccordProperties properties;

	private final Clock clock;

	private final BusinessAccountService businesses;

	private final LicensingAudit audit;

	private final KeyFactsCache keyFacts;

	ProvisioningService(LicensingStore store, AccountService accounts, BusinessAccess access,
			AccordProperties properties, Clock clock, BusinessAccountService businesses, LicensingAudit audit,
			KeyFactsCache keyFacts) {
		this.audit = audit;
		this.keyFacts = keyFacts;
		this.businesses = businesses;
		this.store = store;
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
		UUID subscriptionId = UUID.randomUUID();
		String key = KeyCodes.generate();
		var now = this.clock.instant();
		this.store.addSubscription(subscriptionId, accountId, product, seats, activationDate, expirationDate, now);
		this.store.addKey(UUID.randomUUID(), subscriptionId, accountId, KeyType.PRIMARY, product, key, null, null, now);
		if (accountId != null) {
			this.audit.subscription(actor, AuditAction.SUBSCRIPTION_PROVISIONED,
					this.store.subscription(subscriptionId).orElseThrow(), (c) -> c.after("product", product)
						.after("seats", seats)
						.after("activationDate", activationDate)
						.after("expirationDate", expirationDate));
		}
		return new Provisioned(subscriptionId, key);
	}

	/** Attaches the subscription of this Primary Key to the business account; administrators only. */
	@Transactional
	public UUID register(UUID accountId, UUID callerId, String key) {
		this.access.administrator(accountId, callerId);
		Rows.Key found = this.store.keyByHash(KeyCodes.hash(key))
			.filter((k) -> k.type() == KeyType.PRIMARY)
			.orElseThrow(() -> ValidationException.of("key", "licensing.key.unknown"));
		Rows.Subscription subscription = this.store.lockSubscription(found.subscriptionId()).orElseThrow();
		if (subscription.accountId() == null) {
			this.store.registerSubscription(subscription.id(), accountId);
			this.keyFacts.forgetAll();
			this.audit.key(accountId, Actor.person(callerId), AuditAction.KEY_REGISTERED, found.id(), found.name(),
					(c) -> c.after("product", subscription.product()).after("seats", subscription.seats()));
		}
		else if (!subscription.accountId().equals(accountId)) {
			throw new KeyRegisteredElsewhereException();
		}
		return subscription.id();
	}

	public record Provisioned(UUID subscriptionId, String primaryKey) {
	}

	/** The key belongs to another business account. */
	public static class KeyRegisteredElsewhereException extends AccordException {

		KeyRegisteredElsewhereException() {
			super(HttpStatus.CONFLICT, "KEY_ALREADY_REGISTERED", "licensing.key.registeredElsewhere");
		}

	}

}
