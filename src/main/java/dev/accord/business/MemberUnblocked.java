package dev.accord.business;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * An administrator unblocked a member, published inside that transaction.
 *
 * @param name the member's display name at the time
 */
public record MemberUnblocked(UUID businessAccountId, Actor actor, UUID userId, String name) {
}
