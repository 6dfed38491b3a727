package dev.accord.invitation;

import java.time.Instant;
import java.util.UUID;

import dev.accord.shared.Language;

/** What the Join page shows about an invitation, found by its link's token. */
public record JoinView(UUID invitationId, UUID businessAccountId, String companyName, String email,
		Language language, String inviterName, Instant expiresAt, InvitationStatus status, boolean accountExists,
		boolean replaced) {

	/** Pending, and opened by its current link (not one a newer invitation replaced). */
	public boolean isJoinable() {
		return this.status == InvitationStatus.PENDING && !this.replaced;
	}

	/** Why the link cannot be used: REPLACED, EXPIRED, REVOKED or ACCEPTED; null while it can. */
	public String goneReason() {
		return this.replaced ? "REPLACED" : isJoinable() ? null : this.status.name();
	}

	/** The refusal for this link when it cannot be used. */
	public InvitationGoneException gone() {
		return this.replaced ? InvitationGoneException.replaced() : InvitationGoneException.of(this.status);
	}

}
