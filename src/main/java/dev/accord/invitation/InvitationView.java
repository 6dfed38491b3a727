package dev.accord.invitation;

import java.time.Instant;
import java.util.UUID;

import dev.accord.shared.Language;

/** An invitation as administrators see it in the Pending invitations list. */
public record InvitationView(UUID id, String email, Language language, InvitationStatus status, String invitedBy,
		Instant createdAt, Instant sentAt, Instant expiresAt) {
}
