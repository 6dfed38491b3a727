package dev.accord.licensing;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * An active computer moved, with its seat, to another key of the same subscription.
 */
public record ComputerMoved(UUID businessAccountId, Actor actor, UUID computerId, String computerName, UUID fromKeyId,
		String fromKey, UUID toKeyId, String toKey) {
}
