package dev.accord.invitation;

import java.time.Instant;
import java.util.UUID;

import dev.accord.business.Role;
import dev.accord.shared.Actor;
import dev.accord.shared.Language;

/**
 * An administrator sent an open invitation again, with a fresh link (the old one stops working).
 *
 * @param licenseKeys the names of the keys the invited person becomes License Administrator of,
 * comma-separated, when this sending set them; null when it set none or left them as they were
 */
public record InvitationResent(UUID businessAccountId, Actor actor, UUID invitationId, String email,
		Language language, Role role, Instant expiresAt, String licenseKeys) {
}
