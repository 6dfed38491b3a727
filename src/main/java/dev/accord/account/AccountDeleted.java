package dev.accord.account;

import java.util.UUID;

/**
 * A person is deleting their account: published inside that transaction, before the account's
 * row and everything that references it go. Modules that keep something of the person end it
 * here, in the same transaction (business: memberships, with their audit entries; invitation: the
 * invitations addressed to them); a listener that must refuse (the last Account Administrator of a
 * business account) throws, and nothing is deleted.
 *
 * @param name the person's display name at the time
 */
public record AccountDeleted(UUID userId, String email, String name) {
}
