package dev.accord.licensing;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * An administrator gave the subscription another name.
 */
public record SubscriptionRenamed(UUID businessAccountId, Actor actor, UUID subscriptionId, String oldName,
		String newName) {
}
