package dev.accord.business;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * An administrator changed the notes kept about a member, published inside that transaction.
 *
 * @param name the member's display name at the time
 * @param before the notes before, null for none
 * @param after the notes after, null once cleared
 */
public record MemberNotesChanged(UUID businessAccountId, Actor actor, UUID userId, String name, String before,
		String after) {
}
