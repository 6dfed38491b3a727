package dev.accord.invitation;

import java.time.Instant;
import java.util.UUID;

import dev.accord.business.Role;
import dev.accord.shared.Actor;
import dev.accord.shared.Language;

/**
 * An administrator sent a new invitation.
 *
 * @param licenseKeys the names of the keys the invited person becomes License Administrator of,
 * comma-separated; null when the invitation grants none
 */
public record InvitationSent(UUID businessAccountId, Actor actor, UUID invitationId, String email,
		Language language, Role role, Instant expiresAt, String licenseKeys) {
}
