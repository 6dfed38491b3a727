package dev.accord.licensing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Aggregates built in memory for the unit tests of their rules: no database, no Spring. */
final class Aggregates {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	private Aggregates() {
	}

	/** A subscription of {@code seats} seats expiring in a month, with a Primary Key and no computers. */
	static Subscription subscription(int seats) {
		return Subscription.provision(UUID.randomUUID(), "Desktop", seats, TODAY.minusMonths(1), TODAY.plusMonths(1));
	}

	/** The subscription with one more key of this type, limit and computers. */
	static Subscription withKey(Subscription subscription, KeyType type, int limit, int used, LocalDate expiresOn) {
		LicenseKey key = new LicenseKey(UUID.randomUUID(), subscription.id(), subscription.accountId(), type,
				type.name().toLowerCase(), KeyCodes.generate(), limit, used, expiresOn);
		List<LicenseKey> keys = new java.util.ArrayList<>(subscription.keys());
		keys.add(key);
		return new Subscription(subscription.id(), subscription.accountId(), subscription.name(), subscription.product(),
				subscription.seats(), subscription.activationDate(), subscription.expirationDate(),
				subscription.autoRenew(), keys);
	}

	/** The subscription with its Primary Key holding {@code used} computers. */
	static Subscription primaryUsing(Subscription subscription, int used) {
		return subscription.with(subscription.primaryKey().counted(used));
	}

	static LicenseKey last(Subscription subscription) {
		return subscription.keys().get(subscription.keys().size() - 1);
	}

}
