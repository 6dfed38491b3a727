package dev.accord.licensing;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * An administrator registered a Primary Key: its subscription now belongs to the business account.
 */
public record KeyRegistered(UUID businessAccountId, Actor actor, UUID keyId, String keyName, UUID subscriptionId,
		String product, int seats) {
}
