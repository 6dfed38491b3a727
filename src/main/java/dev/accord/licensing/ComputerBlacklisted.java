package dev.accord.licensing;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * An administrator refused the computer's device on every key of the business account.
 *
 * @param wasActive whether this computer held a seat until now
 * @param wasBlacklisted whether the device was refused already
 */
public record ComputerBlacklisted(UUID businessAccountId, Actor actor, UUID computerId, String computerName,
		String deviceId, boolean wasActive, boolean wasBlacklisted) {
}
