package dev.accord.licensing;

import java.time.LocalDate;
import java.util.UUID;

import dev.accord.platform.ValidationException;

/**
 * A license key of a subscription: the Primary Key holds the subscription's seats, an additional
 * key (dynamic or reserved) has its own limit and may expire before the subscription. {@code used}
 * counts its active computers; it changes only while the subscription row is locked.
 *
 * @param accountId the business account, {@code null} until the subscription is registered
 * @param limit {@code null} for the Primary Key
 * @param expiresOn {@code null} when the key lasts as long as its subscription
 */
record LicenseKey(UUID id, UUID subscriptionId, UUID accountId, KeyType type, String name, String value,
		Integer limit, int used, LocalDate expiresOn) {

	/** A new key with a fresh key string and no computers. */
	static LicenseKey create(UUID subscriptionId, UUID accountId, KeyType type, String name, Integer limit,
			LocalDate expiresOn) {
		return new LicenseKey(UUID.randomUUID(), subscriptionId, accountId, type, name, KeyCodes.generate(), limit, 0,
				expiresOn);
	}

	boolean isPrimary() {
		return this.type == KeyType.PRIMARY;
	}

	/** An additional key stops validating the day after its expiration date. */
	boolean isExpired(LocalDate today) {
		return this.expiresOn != null && today.isAfter(this.expiresOn);
	}

	/** The last day the key's computers validate: its own date or the subscription's, whichever is first. */
	LocalDate expiresAt(LocalDate subscriptionExpires) {
		return (this.expiresOn != null && this.expiresOn.isBefore(subscriptionExpires)) ? this.expiresOn
				: subscriptionExpires;
	}

	LicenseKey renamed(String newName) {
		return new LicenseKey(this.id, this.subscriptionId, this.accountId, this.type, newName, this.value, this.limit,
				this.used, this.expiresOn);
	}

	/**
	 * The key with a new limit (the subscription checks the seats): never for the Primary Key, never
	 * outside 1 to the subscription's seats, never below the computers it has.
	 */
	LicenseKey resized(int newLimit, int seats) {
		if (isPrimary()) {
			throw ValidationException.of("limit", "licensing.primary.limit");
		}
		if (newLimit < 1 || newLimit > seats) {
			throw ValidationException.of("limit", "licensing.limit.range");
		}
		if (newLimit < this.used) {
			throw ValidationException.of("limit", "licensing.limit.belowUsed");
		}
		return new LicenseKey(this.id, this.subscriptionId, this.accountId, this.type, this.name, this.value, newLimit,
				this.used, this.expiresOn);
	}

	/** The key with its counter moved by {@code delta} computers (one activated, one moved away…). */
	LicenseKey counted(int delta) {
		return new LicenseKey(this.id, this.subscriptionId, this.accountId, this.type, this.name, this.value, this.limit,
				this.used + delta, this.expiresOn);
	}

	LicenseKey registeredTo(UUID businessAccountId) {
		return new LicenseKey(this.id, this.subscriptionId, businessAccountId, this.type, this.name, this.value,
				this.limit, this.used, this.expiresOn);
	}

}
