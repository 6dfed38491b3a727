package dev.accord.licensing;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * A person's License Administrator rights on a key ended: removed by an administrator, with the
 * key's deletion, or when they were blocked, removed or promoted.
 */
public record LicenseAdministratorRemoved(UUID businessAccountId, Actor actor, UUID userId, UUID keyId,
		String keyName) {
}
