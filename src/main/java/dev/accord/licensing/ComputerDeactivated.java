package dev.accord.licensing;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * A computer gave its seat back: the device said so, or an administrator, or a blacklisting.
 * {@code businessAccountId} is {@code null} when the key is not registered yet.
 */
public record ComputerDeactivated(UUID businessAccountId, Actor actor, UUID computerId, String computerName) {
}
