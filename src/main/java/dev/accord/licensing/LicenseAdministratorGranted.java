package dev.accord.licensing;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * A Regular Member became License Administrator of a key.
 */
public record LicenseAdministratorGranted(UUID businessAccountId, Actor actor, UUID userId, UUID keyId,
		String keyName) {
}
