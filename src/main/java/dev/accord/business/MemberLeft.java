package dev.accord.business;

import java.util.UUID;

/**
 * A member left a business account, published inside that transaction before the membership is deleted.
 *
 * @param name the member's display name at the time
 * @param role the role the member had
 */
public record MemberLeft(UUID businessAccountId, UUID userId, String name, Role role) {
}
