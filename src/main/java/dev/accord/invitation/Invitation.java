package dev.accord.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.accord.business.Role;
import dev.accord.shared.Language;

/**
 * An invitation to join a business account, and the rules of its life: it is pending until it is
 * accepted, revoked or its time runs out; only a pending one can be accepted; only one not yet
 * accepted or revoked ("open", expired or not) can be re-sent or revoked.
 */
final class Invitation {

	private final UUID id;
	private final UUID businessAccountId;
	private final String email;
	private final UUID invitedBy;
	private final Instant createdAt;

	private Language language;
	private Role role;
	/** PENDING, ACCEPTED or REVOKED: EXPIRED is never stored, it is a pending one past its time. */
	private InvitationStatus status;
	private InvitationLink link;
	/** The link a renewal replaced since this invitation was loaded, if any. */
	private InvitationLink replacedLink;
	private Integer validityDays;
	private Instant inviteeResentAt;
	/** When it was accepted or revoked, since it was loaded. */
	private Instant closedAt;
	private UUID acceptedBy;

	/** An invitation as stored; {@link #create} makes a new one. */
	Invitation(StoredInvitation stored) {
		this.id = stored.id();
		this.businessAccountId = stored.businessAccountId();
		this.email = stored.email();
		this.invitedBy = stored.invitedBy();
		this.createdAt = stored.createdAt();
		this.language = stored.language();
		this.role = stored.role();
		this.status = stored.status();
		this.link = stored.link();
		this.validityDays = stored.validityDays();
		this.inviteeResentAt = stored.inviteeResentAt();
	}

	/** A new pending invitation, sent {@code now} (one instant per request), valid for {@code validityDays}. */
	static Invitation create(UUID businessAccountId, String email, Language language, Role role, UUID invitedBy,
			int validityDays, String tokenHash, Instant now) {
		return new Invitation(new StoredInvitation(UUID.randomUUID(), businessAccountId, email, language, role,
				InvitationStatus.PENDING, invitedBy, now, InvitationLink.sent(tokenHash, now, Duration.ofDays(validityDays)),
				validityDays, null));
	}

	/**
	 * Not accepted, not revoked and not past its time: the one definition of "pending". Queries
	 * that must filter in the database mirror it in {@link Invitations#PENDING}.
	 */
	boolean isPending(Clock clock) {
		return this.status == InvitationStatus.PENDING && this.link.expiresAt().isAfter(clock.instant());
	}

	/** Not accepted or revoked yet, whether or not its time has passed: it can still be re-sent or revoked. */
	boolean isOpen() {
		return this.status == InvitationStatus.PENDING;
	}

	/** The status as people see it: a pending invitation past its time is EXPIRED. */
	InvitationStatus status(Clock clock) {
		return (isOpen() && !isPending(clock)) ? InvitationStatus.EXPIRED : this.status;
	}

	/** Accepted now by this person (null until the account made from the link exists); else gone. */
	void accept(UUID personId, Clock clock) {
		if (!isPending(clock)) {
			throw new InvitationGoneException(status(clock));
		}
		this.status = InvitationStatus.ACCEPTED;
		this.closedAt = clock.instant();
		this.acceptedBy = personId;
	}

	/** Records the account created, from the link, for the person who accepted it. */
	void acceptedBy(UUID personId) {
		this.acceptedBy = personId;
	}

	/** Revoked now; {@link InvitationNotPendingException} once accepted or revoked. */
	void revoke(Clock clock) {
		if (!isOpen()) {
			throw new InvitationNotPendingException();
		}
		this.status = InvitationStatus.REVOKED;
		this.closedAt = clock.instant();
	}

	/**
	 * A new link (the old one is kept as replaced), sent now in this language, valid for
	 * {@code days}, inviting as this role; {@link InvitationNotPendingException} once accepted or
	 * revoked.
	 */
	void resend(String newTokenHash, Language inLanguage, Role as, int days, Clock clock) {
		if (!isOpen()) {
			throw new InvitationNotPendingException();
		}
		renew(InvitationLink.sent(newTokenHash, clock.instant(), Duration.ofDays(days)));
		this.language = inLanguage;
		this.role = as;
		this.validityDays = days;
	}

	/**
	 * A new link the invited person asked for, valid as long as the last one was; false (nothing
	 * changes) once accepted or revoked, or when they last asked less than {@code interval} ago.
	 */
	boolean resendToInvitee(String newTokenHash, Duration interval, Clock clock) {
		Instant now = clock.instant();
		if (!isOpen() || (this.inviteeResentAt != null && this.inviteeResentAt.isAfter(now.minus(interval)))) {
			return false;
		}
		renew(InvitationLink.sent(newTokenHash, now, this.link.validity()));
		this.inviteeResentAt = now;
		return true;
	}

	/** The validity the inviter chose, in days; for invitations made before it was kept, as sent. */
	int validityDays() {
		return (this.validityDays != null) ? this.validityDays : (int) Math.max(1, this.link.validity().toDays());
	}

	/** As administrators see it in the list, with the inviter's name ("" when unknown). */
	InvitationView view(String inviterName, Clock clock) {
		return new InvitationView(this.id, this.email, this.language, status(clock), inviterName, this.createdAt,
				this.link.sentAt(), this.link.expiresAt());
	}

	private void renew(InvitationLink fresh) {
		this.replacedLink = this.link;
		this.link = fresh;
	}

	UUID id() {
		return this.id;
	}

	UUID businessAccountId() {
		return this.businessAccountId;
	}

	String email() {
		return this.email;
	}

	UUID invitedBy() {
		return this.invitedBy;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Language language() {
		return this.language;
	}

	Role role() {
		return this.role;
	}

	InvitationLink link() {
		return this.link;
	}

	InvitationLink replacedLink() {
		return this.replacedLink;
	}

	Integer chosenValidityDays() {
		return this.validityDays;
	}

	Instant inviteeResentAt() {
		return this.inviteeResentAt;
	}

	Instant closedAt() {
		return this.closedAt;
	}

	UUID acceptedBy() {
		return this.acceptedBy;
	}

}
