package dev.accord.licensing;

import java.time.LocalDate;
import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * An operator (or the system) created a subscription with its Primary Key; published inside that
 * transaction. {@code businessAccountId} is {@code null} when the key waits to be registered.
 */
public record SubscriptionProvisioned(UUID businessAccountId, Actor actor, UUID subscriptionId, String name,
		String product, int seats, LocalDate activationDate, LocalDate expirationDate) {
}
