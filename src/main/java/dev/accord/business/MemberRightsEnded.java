package dev.accord.business;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * Published inside the transaction in which a member was blocked, removed, left, or became an
 * Account Administrator: rights granted per object (License Administrator) end with it.
 *
 * @param actor who made the change that ended the rights
 */
public record MemberRightsEnded(UUID businessAccountId, UUID userId, Actor actor) {
}
