package dev.accord.licensing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A license key as its administrators see it.
 *
 * @param limit the key's seats: the subscription's for the Primary Key, its own limit otherwise
 * @param available seats this key can still activate now
 */
public record KeyView(UUID id, UUID subscriptionId, String name, KeyType type, String key, int limit, int used,
		int available, LocalDate expiresAt, List<UUID> administrators) {

	static KeyView of(LicenseKey key, Subscription subscription, List<UUID> administrators, LocalDate today) {
		SeatLedger ledger = subscription.ledger(today);
		int limit = key.isPrimary() ? ledger.pool() : key.limit();
		return new KeyView(key.id(), key.subscriptionId(), key.name(), key.type(), key.value(), limit, key.used(),
				key.isExpired(today) ? 0 : ledger.availableOn(key),
				(key.expiresOn() != null) ? key.expiresOn() : subscription.expirationDate(), administrators);
	}

}
