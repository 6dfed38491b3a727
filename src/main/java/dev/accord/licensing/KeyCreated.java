package dev.accord.licensing;

import java.time.LocalDate;
import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * An additional key was created under a subscription's Primary Key.
 *
 * @param expiresAt the key's own expiration date, or the subscription's when it has none
 */
public record KeyCreated(UUID businessAccountId, Actor actor, UUID keyId, UUID subscriptionId, String name,
		KeyType type, int limit, LocalDate expiresAt) {
}
