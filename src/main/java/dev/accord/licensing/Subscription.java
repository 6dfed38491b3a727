package dev.accord.licensing;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.accord.platform.ValidationException;

/**
 * A subscription and the keys under it: the aggregate that guards the seats. Every change of its
 * seats, keys or activations is decided on a copy loaded with its row locked
 * ({@link Subscriptions#lock}), so the decision holds under any concurrency.
 *
 * @param accountId the business account, {@code null} until its Primary Key is registered
 * @param keys the Primary Key first, then the additional keys oldest first
 */
record Subscription(UUID id, UUID accountId, String name, String product, int seats, LocalDate activationDate,
		LocalDate expirationDate, boolean autoRenew, List<LicenseKey> keys) {

	Subscription {
		keys = List.copyOf(keys);
	}

	/** A new subscription named after its product, with its Primary Key. */
	static Subscription provision(UUID accountId, String product, int seats, LocalDate activationDate,
			LocalDate expirationDate) {
		UUID id = UUID.randomUUID();
		return new Subscription(id, accountId, product, product, seats, activationDate, expirationDate, false,
				List.of(LicenseKey.create(id, accountId, KeyType.PRIMARY, product, null, null)));
	}

	SubscriptionStatus status(Period grace, LocalDate today) {
		return SubscriptionStatus.of(this.expirationDate, grace, today);
	}

	SeatLedger ledger(LocalDate today) {
		return SeatLedger.of(this.seats, this.keys, today);
	}

	LicenseKey primaryKey() {
		return this.keys.stream().filter(LicenseKey::isPrimary).findFirst().orElseThrow();
	}

	Optional<LicenseKey> key(UUID keyId) {
		return this.keys.stream().filter((k) -> k.id().equals(keyId)).findFirst();
	}

	boolean isOf(UUID businessAccountId) {
		return businessAccountId.equals(this.accountId);
	}

	Subscription renamed(String newName) {
		return new Subscription(this.id, this.accountId, newName, this.product, this.seats, this.activationDate,
				this.expirationDate, this.autoRenew, this.keys);
	}

	Subscription withAutoRenew(boolean renew) {
		return new Subscription(this.id, this.accountId, this.name, this.product, this.seats, this.activationDate,
				this.expirationDate, renew, this.keys);
	}

	/** The subscription and all its keys attached to the business account. */
	Subscription registeredTo(UUID businessAccountId) {
		return new Subscription(this.id, businessAccountId, this.name, this.product, this.seats, this.activationDate,
				this.expirationDate, this.autoRenew, this.keys.stream().map((k) -> k.registeredTo(businessAccountId)).toList());
	}

	/** The same subscription with one key replaced by its changed version. */
	Subscription with(LicenseKey changed) {
		return new Subscription(this.id, this.accountId, this.name, this.product, this.seats, this.activationDate,
				this.expirationDate, this.autoRenew,
				this.keys.stream().map((k) -> k.id().equals(changed.id()) ? changed : k).toList());
	}

	/**
	 * A new additional key, if the seats allow it: its limit from 1 to the seats, a reserved key only
	 * from the unreserved seats not in use, its expiration between today and the subscription's.
	 */
	LicenseKey addKey(String keyName, KeyType type, int limit, LocalDate expiresOn, LocalDate today) {
		if (type == null || type == KeyType.PRIMARY) {
			throw ValidationException.of("type", "validation.choose");
		}
		if (limit < 1 || limit > this.seats) {
			throw ValidationException.of("limit", "licensing.limit.range");
		}
		if (expiresOn != null && expiresOn.isBefore(today)) {
			throw ValidationException.of("expiresAt", "validation.future");
		}
		if (expiresOn != null && expiresOn.isAfter(this.expirationDate)) {
			throw ValidationException.of("expiresAt", "licensing.key.expiresAfterSubscription");
		}
		if (type == KeyType.RESERVED && limit > ledger(today).poolLeft()) {
			throw new SeatsTakenException();
		}
		return LicenseKey.create(this.id, this.accountId, type, keyName, limit, expiresOn);
	}

	/** The key with its new limit; a reserved key grows only into unreserved seats not in use. */
	LicenseKey resize(LicenseKey key, int limit, LocalDate today) {
		LicenseKey resized = key.resized(limit, this.seats);
		if (key.type() == KeyType.RESERVED && !key.isExpired(today) && limit - key.limit() > ledger(today).poolLeft()) {
			throw new SeatsTakenException();
		}
		return resized;
	}

	/** Whether one more computer may activate with the key now. */
	boolean admits(LicenseKey key, LocalDate today) {
		return !key.isExpired(today) && ledger(today).admits(key);
	}

	/** Whether an active computer of {@code from} may move to {@code to}: the seat it frees counts first. */
	boolean admitsMove(LicenseKey from, LicenseKey to, LocalDate today) {
		Subscription moved = with(from.counted(-1));
		return moved.admits(moved.key(to.id()).orElseThrow(), today);
	}

	/** The most licenses a new key of this type may have now. */
	int maxNewKey(KeyType type, LocalDate today) {
		return (type == KeyType.RESERVED) ? Math.max(0, ledger(today).poolLeft()) : this.seats;
	}

}
