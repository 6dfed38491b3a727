package dev.accord.licensing;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * An additional key was deleted; its computers went with it and their seats were freed.
 *
 * @param computers the active computers it had
 */
public record KeyDeleted(UUID businessAccountId, Actor actor, UUID keyId, String name, KeyType type, int limit,
		int computers) {
}
