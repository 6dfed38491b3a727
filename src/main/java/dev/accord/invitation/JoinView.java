package dev.accord.invitation;

import java.time.Instant;
import java.util.UUID;

import dev.accord.shared.Language;

/** What the Join page shows about an invitation, found by its link's token. */
public record JoinView(UUID invitationId, UUID businessAccountId, String companyName, String email,
		Language language, String inviterName, Instant expiresAt, InvitationStatus status, boolean accountExists) {

	public boolean isJoinable() {
		return this.status == InvitationStatus.PENDING;
	}

}
