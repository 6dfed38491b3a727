package dev.accord.business;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * A person joined a business account (accepting an invitation, or provisioned by the account's
 * identity provider), published inside that transaction.
 *
 * @param name the member's display name at the time
 * @param actor who made the membership: the person themselves, or the identity provider
 */
public record MemberJoined(UUID businessAccountId, UUID userId, String name, String email, Role role, Actor actor) {

	/** The person joined by themselves (an invitation accepted). */
	public MemberJoined(UUID businessAccountId, UUID userId, String name, String email, Role role) {
		this(businessAccountId, userId, name, email, role, Actor.person(userId));
	}

}
