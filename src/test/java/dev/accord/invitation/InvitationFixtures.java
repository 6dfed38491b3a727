package dev.accord.invitation;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.accord.business.Role;
import dev.accord.shared.Language;

/**
 * Invitations for tests, as one would describe them: {@code anInvitation().to("bob@example.com")
 * .as(Role.ACCOUNT_ADMINISTRATOR).sentAt(t).validFor(7).build()}.
 */
final class InvitationFixtures {

	private UUID businessAccountId = UUID.randomUUID();

	private String email = "invited@example.com";

	private Language language = Language.EN;

	private Role role = Role.REGULAR_MEMBER;

	private UUID invitedBy = UUID.randomUUID();

	private Instant sentAt = Instant.parse("2026-01-05T09:00:00Z");

	private int validityDays = 7;

	private Integer storedValidityDays = 7;

	private InvitationStatus status = InvitationStatus.PENDING;

	private Instant inviteeResentAt;

	private InvitationFixtures() {
	}

	/** A pending Regular Member invitation, sent on 5 January 2026 at 09:00 UTC and valid for 7 days. */
	static InvitationFixtures anInvitation() {
		return new InvitationFixtures();
	}

	InvitationFixtures to(String address) {
		this.email = address;
		return this;
	}

	InvitationFixtures as(Role invitedAs) {
		this.role = invitedAs;
		return this;
	}

	InvitationFixtures in(Language inLanguage) {
		this.language = inLanguage;
		return this;
	}

	InvitationFixtures of(UUID account) {
		this.businessAccountId = account;
		return this;
	}

	InvitationFixtures sentAt(Instant at) {
		this.sentAt = at;
		return this;
	}

	InvitationFixtures validFor(int days) {
		this.validityDays = days;
		this.storedValidityDays = days;
		return this;
	}

	/** Made before the chosen validity was kept: only the link's times tell it. */
	InvitationFixtures withoutStoredValidity() {
		this.storedValidityDays = null;
		return this;
	}

	InvitationFixtures accepted() {
		this.status = InvitationStatus.ACCEPTED;
		return this;
	}

	InvitationFixtures revoked() {
		this.status = InvitationStatus.REVOKED;
		return this;
	}

	InvitationFixtures inviteeAskedAt(Instant at) {
		this.inviteeResentAt = at;
		return this;
	}

	Invitation build() {
		return new Invitation(new StoredInvitation(UUID.randomUUID(), this.businessAccountId, this.email, this.language,
				this.role, this.status, this.invitedBy, this.sentAt,
				new InvitationLink("a".repeat(64), this.sentAt, this.sentAt.plus(Duration.ofDays(this.validityDays))),
				this.storedValidityDays, this.inviteeResentAt));
	}

}
