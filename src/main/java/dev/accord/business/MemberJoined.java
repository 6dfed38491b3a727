package dev.accord.business;

import java.util.UUID;

/**
 * A person joined a business account (accepting an invitation), published inside that transaction.
 *
 * @param name the member's display name at the time
 */
public record MemberJoined(UUID businessAccountId, UUID userId, String name, String email, Role role) {
}
