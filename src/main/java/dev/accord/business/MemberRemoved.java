package dev.accord.business;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * An administrator removed a member, published inside that transaction before the membership is deleted.
 *
 * @param name the member's display name at the time
 * @param role the role the member had
 * @param status the status the membership had
 */
public record MemberRemoved(UUID businessAccountId, Actor actor, UUID userId, String name, String email, Role role,
		MembershipStatus status) {
}
