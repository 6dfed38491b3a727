package dev.accord.licensing;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * An administrator switched the subscription's auto-renewal on or off.
 *
 * @param name the subscription's name when the change was asked
 */
public record SubscriptionAutoRenewSwitched(UUID businessAccountId, Actor actor, UUID subscriptionId, String name,
		boolean autoRenew) {
}
