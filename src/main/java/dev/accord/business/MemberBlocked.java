package dev.accord.business;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * An administrator blocked a member, published inside that transaction.
 *
 * @param name the member's display name at the time
 */
public record MemberBlocked(UUID businessAccountId, Actor actor, UUID userId, String name) {
}
