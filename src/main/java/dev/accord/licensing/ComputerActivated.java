package dev.accord.licensing;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * A computer activated with a key (for the first time, or again after a deactivation).
 * {@code businessAccountId} is {@code null} when the key is not registered yet.
 */
public record ComputerActivated(UUID businessAccountId, Actor actor, UUID computerId, UUID keyId, String deviceId,
		String computerName, String keyName, String ipAddress) {
}
