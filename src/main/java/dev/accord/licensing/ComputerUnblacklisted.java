package dev.accord.licensing;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * An administrator accepted the computer's device again, after a blacklisting.
 */
public record ComputerUnblacklisted(UUID businessAccountId, Actor actor, UUID computerId, String computerName,
		String deviceId) {
}
