package dev.accord.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.accord.business.BusinessAccess;
import dev.accord.business.MembershipView;
import dev.accord.platform.AccordException;
import dev.accord.platform.ForbiddenException;
import dev.accord.platform.NotFoundException;
import dev.accord.platform.PlainText;
import dev.accord.platform.ValidationException;
import dev.accord.shared.Actor;
import dev.accord.shared.AuditAction;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Subscriptions and license keys as administrators and License Administrators see and manage them. */
@Service
public class LicensingService {

	private final LicensingStore store;

	private final LicensingAccess access;

	private final BusinessAccess business;

	private final LicensingSettings settings;

	private final Clock clock;

	private final LicensingAudit audit;

	private final KeyFactsCache keyFacts;

	LicensingService(LicensingStore store, LicensingAccess access, BusinessAccess business, LicensingSettings settings,
			Clock clock, LicensingAudit audit, KeyFactsCache keyFacts) {
		this.audit = audit;
		this.keyFacts = keyFacts;
		this.store = store;
		this.access = access;
		this.business = business;
		this.settings = settings;
		this.clock = clock;
	}

	/** Administrators see all subscriptions; License Administrators those holding their keys. */
	@Transactional(readOnly = true)
	public List<SubscriptionView> subscriptions(UUID accountId, UUID callerId) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		rights.requireAnyRight();
		List<Rows.Key> keys = this.store.keysOfAccount(accountId);
		return this.store.subscriptionsOf(accountId)
			.stream()
			.filter((s) -> rights.administrator()
					|| keys.stream().anyMatch((k) -> k.subscriptionId().equals(s.id()) && rights.maySee(k)))
			.map((s) -> view(s, keys.stream().filter((k) -> k.subscriptionId().equals(s.id())).toList()))
			.toList();
	}

	@Transactional(readOnly = true)
	public SubscriptionView subscription(UUID accountId, UUID callerId, UUID subscriptionId) {
		return subscriptions(accountId, callerId).stream()
			.filter((s) -> s.id().equals(subscriptionId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	@Transactional
	public SubscriptionView changeSubscription(UUID accountId, UUID callerId, UUID subscriptionId, String name,
			Boolean autoRenew) {
		this.access.of(accountId, callerId).requireAdministrator();
		Rows.Subscription before = lockOwned(accountId, subscriptionId);
		if (name != null && (name.isBlank() || name.length() > 200)) {
			throw ValidationException.of("name", name.isBlank() ? "validation.required" : "validation.tooLong.at");
		}
		PlainText.requireSingleLine("name", name);
		String newName = (name != null) ? name.trim() : null;
		this.store.changeSubscription(subscriptionId, newName, autoRenew);
		Actor actor = Actor.person(callerId);
		if (newName != null) {
			this.audit.subscription(actor, AuditAction.SUBSCRIPTION_RENAMED, before,
					(c) -> c.field("name", before.name(), newName));
		}
		if (autoRenew != null) {
			this.audit.subscription(actor, AuditAction.SUBSCRIPTION_AUTO_RENEW_SWITCHED, before,
					(c) -> c.field("autoRenew", before.autoRenew(), autoRenew));
		}
		return subscription(accountId, callerId, subscriptionId);
	}

	/** The keys the caller may see. */
	@Transactional(readOnly = true)
	public List<KeyView> keys(UUID accountId, UUID callerId) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		rights.requireAnyRight();
		return keyViews(accountId).stream().filter((k) -> rights.administrator() || rights.keys().contains(k.id()))
			.toList();
	}

	/** Every key of the account with its seats and administrators, in three queries whatever the number of keys. */
	private List<KeyView> keyViews(UUID accountId) {
		LocalDate today = today();
		List<Rows.Key> all = this.store.keysOfAccount(accountId);
		java.util.Map<UUID, Rows.Subscription> subscriptions = new java.util.HashMap<>();
		this.store.subscriptionsOf(accountId).forEach((s) -> subscriptions.put(s.id(), s));
		java.util.Map<UUID, List<UUID>> administrators = this.store.administratorsOfAccount(accountId);
		return all.stream()
			.map((k) -> keyView(k, subscriptions.get(k.subscriptionId()), all, administrators, today))
			.toList();
	}

	/** One key: 404 when it is not this account's, 403 when the caller may not see it. */
	@Transactional(readOnly = true)
	public KeyView key(UUID accountId, UUID callerId, UUID keyId) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		this.access.visibleKey(rights, keyId);
		return keyViews(accountId).stream().filter((k) -> k.id().equals(keyId)).findFirst().orElseThrow();
	}

	/** Whether the caller may rename, resize or delete this key (administrators; the primary key's License Administrators for additional keys). */
	@Transactional(readOnly = true)
	public boolean mayEdit(UUID accountId, UUID callerId, UUID keyId) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		Rows.Key key = this.access.visibleKey(rights, keyId);
		if (rights.administrator()) {
			return true;
		}
		if (key.type() == KeyType.PRIMARY) {
			return false;
		}
		return this.store.keysOfSubscription(key.subscriptionId())
			.stream()
			.anyMatch((k) -> k.type() == KeyType.PRIMARY && rights.keys().contains(k.id()));
	}

	/** An additional key under the subscription's Primary Key; its expiration may not pass the subscription's. */
	@Transactional
	public KeyView createKey(UUID accountId, UUID callerId, UUID subscriptionId, String name, int limit, KeyType type,
			LocalDate expiresOn) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		Rows.Subscription subscription = lockOwned(accountId, subscriptionId);
		List<Rows.Key> keys = this.store.keysOfSubscription(subscriptionId);
		Rows.Key primary = keys.stream().filter((k) -> k.type() == KeyType.PRIMARY).findFirst().orElseThrow();
		if (!rights.mayManageAdditionalKeysOf(primary.id())) {
			throw new ForbiddenException();
		}
		validateKey(name, limit, type, expiresOn, subscription);
		SeatLedger ledger = SeatLedger.of(subscription, keys, today());
		if (type == KeyType.RESERVED && limit > ledger.pool() - ledger.poolUsed()) {
			throw new SeatsTakenException();
		}
		if (type == KeyType.DYNAMIC && limit > subscription.seats()) {
			throw ValidationException.of("limit", "licensing.limit.range");
		}
		UUID id = UUID.randomUUID();
		this.store.addKey(id, subscriptionId, accountId, type, name.trim(), KeyCodes.generate(), limit, expiresOn,
				this.clock.instant());
		this.audit.key(accountId, Actor.person(callerId), AuditAction.KEY_CREATED, id, name.trim(),
				(c) -> c.after("name", name.trim())
					.after("type", type)
					.after("limit", limit)
					.after("expiresAt", (expiresOn != null) ? expiresOn : subscription.expirationDate()));
		return keyViews(accountId).stream().filter((k) -> k.id().equals(id)).findFirst().orElseThrow();
	}

	/** Renames a key or changes an additional key's limit (never below the computers it has). */
	@Transactional
	public KeyView changeKey(UUID accountId, UUID callerId, UUID keyId, String name, Integer limit) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		Rows.Key key = this.access.visibleKey(rights, keyId);
		Rows.Subscription subscription = lockOwned(accountId, key.subscriptionId());
		List<Rows.Key> keys = this.store.keysOfSubscription(subscription.id());
		requireManage(rights, key, keys);
		key = keys.stream().filter((k) -> k.id().equals(keyId)).findFirst().orElseThrow(NotFoundException::new);
		if (name != null && (name.isBlank() || name.length() > 200)) {
			throw ValidationException.of("name", name.isBlank() ? "validation.required" : "validation.tooLong.at");
		}
		PlainText.requireSingleLine("name", name);
		if (limit != null) {
			checkLimitChange(subscription, keys, key, limit);
		}
		String newName = (name != null) ? name.trim() : null;
		this.store.changeKey(keyId, newName, limit);
		Rows.Key before = key;
		Actor actor = Actor.person(callerId);
		if (newName != null) {
			this.audit.key(accountId, actor, AuditAction.KEY_RENAMED, keyId, before.name(),
					(c) -> c.field("name", before.name(), newName));
		}
		if (limit != null) {
			this.audit.key(accountId, actor, AuditAction.KEY_RESIZED, keyId, (newName != null) ? newName : before.name(),
					(c) -> c.field("limit", before.limit(), limit));
		}
		return keyViews(accountId).stream().filter((k) -> k.id().equals(keyId)).findFirst().orElseThrow();
	}

	/** Deletes an additional key; its computers are deactivated with it and their seats freed. */
	@Transactional
	public void deleteKey(UUID accountId, UUID callerId, UUID keyId) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		Rows.Key key = this.access.visibleKey(rights, keyId);
		lockOwned(accountId, key.subscriptionId());
		List<Rows.Key> keys = this.store.keysOfSubscription(key.subscriptionId());
		requireManage(rights, key, keys);
		if (key.type() == KeyType.PRIMARY) {
			throw ValidationException.of("key", "licensing.primary.delete");
		}
		Rows.Key deleted = keys.stream().filter((k) -> k.id().equals(keyId)).findFirst().orElseThrow();
		List<UUID> administrators = this.store.administratorsOf(keyId);
		this.store.deleteKey(keyId);
		this.keyFacts.forgetAll();
		Actor actor = Actor.person(callerId);
		administrators.forEach((userId) -> this.audit.administrator(accountId, actor,
				AuditAction.LICENSE_ADMINISTRATOR_REMOVED, userId, deleted));
		this.audit.key(accountId, actor, AuditAction.KEY_DELETED, keyId, deleted.name(),
				(c) -> c.before("name", deleted.name())
					.before("type", deleted.type())
					.before("limit", deleted.limit())
					.before("computers", deleted.used()));
	}

	/** Grants License Administrator rights; only to active Regular Members (422 otherwise). */
	@Transactional
	public void grantAdministrator(UUID accountId, UUID callerId, UUID keyId, UUID userId) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		rights.requireAdministrator();
		Rows.Key key = this.access.visibleKey(rights, keyId);
		MembershipView member;
		try {
			member = this.business.member(accountId, userId);
		}
		catch (NotFoundException ex) {
			throw ValidationException.of("userId", "licensing.administrator.notRegular");
		}
		if (member.role() != dev.accord.business.Role.REGULAR_MEMBER) {
			throw ValidationException.of("userId", "licensing.administrator.notRegular");
		}
		if (this.store.grant(keyId, userId, accountId, this.clock.instant())) {
			this.audit.administrator(accountId, Actor.person(callerId), AuditAction.LICENSE_ADMINISTRATOR_GRANTED, userId,
					key);
		}
	}

	/**
	 * The names of the keys {@code keyIds}, in their order, when all belong to the account; others
	 * are refused, so that an invitation can only name this account's keys.
	 */
	@Transactional(readOnly = true)
	public List<String> requireKeysOf(UUID accountId, java.util.Collection<UUID> keyIds) {
		java.util.Map<UUID, String> own = new java.util.HashMap<>();
		this.store.keysOfAccount(accountId).forEach((k) -> own.put(k.id(), k.name()));
		if (!own.keySet().containsAll(keyIds)) {
			throw ValidationException.of("licenseKeyIds", "licensing.key.unknownForAccount");
		}
		return keyIds.stream().map(own::get).toList();
	}

	/** Grants the rights an accepted invitation carried, to its new Regular Member (in the caller's transaction). */
	@Transactional
	public void grantFromInvitation(UUID accountId, UUID userId, java.util.Collection<UUID> keyIds, Actor grantedBy) {
		MembershipView member = this.business.member(accountId, userId);
		if (member.role() != dev.accord.business.Role.REGULAR_MEMBER) {
			return;
		}
		java.util.Map<UUID, Rows.Key> own = new java.util.HashMap<>();
		this.store.keysOfAccount(accountId).forEach((k) -> own.put(k.id(), k));
		for (UUID keyId : keyIds) {
			if (own.containsKey(keyId) && this.store.grant(keyId, userId, accountId, this.clock.instant())) {
				this.audit.administrator(accountId, grantedBy, AuditAction.LICENSE_ADMINISTRATOR_GRANTED, userId,
						own.get(keyId));
			}
		}
	}

	@Transactional
	public void removeAdministrator(UUID accountId, UUID callerId, UUID keyId, UUID userId) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		rights.requireAdministrator();
		Rows.Key key = this.access.visibleKey(rights, keyId);
		if (this.store.revoke(keyId, userId)) {
			this.audit.administrator(accountId, Actor.person(callerId), AuditAction.LICENSE_ADMINISTRATOR_REMOVED, userId,
					key);
		}
	}

	private void requireManage(LicensingAccess.Rights rights, Rows.Key key, List<Rows.Key> keys) {
		if (key.type() == KeyType.PRIMARY) {
			rights.requireAdministrator();
			return;
		}
		UUID primary = keys.stream().filter((k) -> k.type() == KeyType.PRIMARY).findFirst().orElseThrow().id();
		if (!rights.mayManageAdditionalKeysOf(primary)) {
			throw new ForbiddenException();
		}
	}

	private void checkLimitChange(Rows.Subscription subscription, List<Rows.Key> keys, Rows.Key key, int limit) {
		if (key.type() == KeyType.PRIMARY) {
			throw ValidationException.of("limit", "licensing.primary.limit");
		}
		if (limit < 1 || limit > subscription.seats()) {
			throw ValidationException.of("limit", "licensing.limit.range");
		}
		if (limit < key.used()) {
			throw ValidationException.of("limit", "licensing.limit.belowUsed");
		}
		if (key.type() == KeyType.RESERVED && !key.isExpired(today())) {
			SeatLedger ledger = SeatLedger.of(subscription, keys, today());
			if (limit - key.limit() > ledger.pool() - ledger.poolUsed()) {
				throw new SeatsTakenException();
			}
		}
	}

	private void validateKey(String name, int limit, KeyType type, LocalDate expiresOn, Rows.Subscription subscription) {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw ValidationException.of("name",
					(name == null || name.isBlank()) ? "validation.required" : "validation.tooLong.at");
		}
		PlainText.requireSingleLine("name", name);
		if (type == null || type == KeyType.PRIMARY) {
			throw ValidationException.of("type", "validation.choose");
		}
		if (limit < 1 || limit > subscription.seats()) {
			throw ValidationException.of("limit", "licensing.limit.range");
		}
		if (expiresOn != null && expiresOn.isAfter(subscription.expirationDate())) {
			throw ValidationException.of("expiresAt", "licensing.key.expiresAfterSubscription");
		}
	}

	private Rows.Subscription lockOwned(UUID accountId, UUID subscriptionId) {
		Rows.Subscription subscription = this.store.lockSubscription(subscriptionId).orElseThrow(NotFoundException::new);
		if (!accountId.equals(subscription.accountId())) {
			throw new NotFoundException();
		}
		return subscription;
	}

	private Rows.Subscription ownedSubscription(UUID accountId, UUID subscriptionId) {
		return this.store.subscription(subscriptionId)
			.filter((s) -> accountId.equals(s.accountId()))
			.orElseThrow(NotFoundException::new);
	}

	private SubscriptionView view(Rows.Subscription s, List<Rows.Key> keys) {
		LocalDate today = today();
		SeatLedger ledger = SeatLedger.of(s, keys, today);
		return new SubscriptionView(s.id(), s.name(), s.product(), s.seats(), ledger.used(), ledger.available(),
				SubscriptionStatus.of(s.expirationDate(), this.settings.gracePeriod(), today), s.activationDate(),
				s.expirationDate(), s.autoRenew());
	}

	private static KeyView keyView(Rows.Key key, Rows.Subscription subscription, List<Rows.Key> all,
			java.util.Map<UUID, List<UUID>> administrators, LocalDate today) {
		List<Rows.Key> siblings = all.stream().filter((k) -> k.subscriptionId().equals(key.subscriptionId())).toList();
		SeatLedger ledger = SeatLedger.of(subscription, siblings, today);
		int limit = (key.type() == KeyType.PRIMARY) ? ledger.pool() : key.limit();
		return new KeyView(key.id(), key.subscriptionId(), key.name(), key.type(), key.value(), limit, key.used(),
				key.isExpired(today) ? 0 : ledger.availableOn(key),
				(key.expiresOn() != null) ? key.expiresOn() : subscription.expirationDate(),
				administrators.getOrDefault(key.id(), List.of()));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	/** Reserving that many seats would take seats already in use or reserved. */
	public static class SeatsTakenException extends AccordException {

		SeatsTakenException() {
			super(HttpStatus.CONFLICT, "NO_SEATS_AVAILABLE", "licensing.noSeatsToReserve");
		}

	}

}
