package dev.accord.business;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * An administrator gave a member another role, published inside that transaction.
 *
 * @param name the member's display name at the time
 */
public record MemberRoleChanged(UUID businessAccountId, Actor actor, UUID userId, String name, Role before,
		Role after) {
}
