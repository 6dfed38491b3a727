package dev.accord.invitation;

import java.time.Instant;
import java.util.UUID;

import dev.accord.shared.Language;

/**
 * The invited person, signed in with an account whose email is not verified, asked to join and
 * was sent a fresh link to prove the address is theirs.
 */
public record InvitationLinkRequested(UUID businessAccountId, UUID inviteeId, UUID invitationId, String email,
		Language language, Instant expiresAt) {
}
