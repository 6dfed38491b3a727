package dev.accord.business;

import java.util.UUID;

/**
 * Published inside the transaction in which a member was blocked, removed, left, or became an
 * Account Administrator: rights granted per object (License Administrator) end with it.
 */
public record MemberRightsEnded(UUID businessAccountId, UUID userId) {
}
