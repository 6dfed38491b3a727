package dev.accord.account;

import java.util.UUID;

/**
 * A person's email changed (they followed the link mailed to the new address), published inside
 * that transaction. Modules that keep a copy of the address (business, on memberships) update it here.
 */
public record EmailChanged(UUID userId, String oldEmail, String newEmail) {
}
