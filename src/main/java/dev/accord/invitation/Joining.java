package dev.accord.invitation;

import java.time.Clock;
import java.util.UUID;

import dev.accord.account.AccountView;
import dev.accord.business.MembershipService;
import dev.accord.business.MembershipView;
import dev.accord.licensing.LicensingService;
import dev.accord.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * The last steps of accepting, in the caller's transaction: claiming the invitation (of two
 * accepting at once, one wins and the other gets {@code INVITATION_USED}), then joining with its
 * role and the keys it grants.
 */
@Component
class Joining {

	private final Invitations invitations;

	private final InvitationKeys keys;

	private final MembershipService memberships;

	private final LicensingService licensing;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Joining(Invitations invitations, InvitationKeys keys, MembershipService memberships, LicensingService licensing,
			ApplicationEventPublisher events, Clock clock) {
		this.invitations = invitations;
		this.keys = keys;
		this.memberships = memberships;
		this.licensing = licensing;
		this.events = events;
		this.clock = clock;
	}

	Joined claimAndJoin(Invitation invitation, AccountView account) {
		claim(invitation, account.id());
		return join(invitation, account);
	}

	/**
	 * Accepts the invitation for this person (null while their account is still to be made);
	 * {@link InvitationGoneException} when someone else was first or it is no longer pending.
	 */
	void claim(Invitation invitation, UUID personId) {
		boolean claimed;
		try {
			invitation.accept(personId, this.clock);
			claimed = this.invitations.accepted(invitation);
		}
		catch (ConcurrencyFailureException ex) {
			throw new InvitationGoneException(InvitationStatus.ACCEPTED);
		}
		if (!claimed) {
			throw gone(invitation);
		}
	}

	/** Makes the person who claimed the invitation a member, and License Administrator of its keys. */
	Joined join(Invitation invitation, AccountView account) {
		UUID accountId = invitation.businessAccountId();
		this.events.publishEvent(new InvitationAccepted(accountId, invitation.id(), invitation.email(), account.id()));
		MembershipView membership = this.memberships.join(accountId, account.id(), invitation.role());
		UUID inviter = invitation.invitedBy();
		Actor grantedBy = Actor.person((inviter != null) ? inviter : account.id());
		this.licensing.grantFromInvitation(accountId, account.id(), this.keys.of(invitation.id()), grantedBy);
		return new Joined(account, accountId, membership.role());
	}

	/** Why the claim failed: the invitation's state now (used, when it still looks pending). */
	private InvitationGoneException gone(Invitation claimed) {
		InvitationStatus now = this.invitations.byId(claimed.businessAccountId(), claimed.id())
			.map((i) -> i.status(this.clock))
			.orElse(InvitationStatus.REVOKED);
		return new InvitationGoneException((now == InvitationStatus.PENDING) ? InvitationStatus.ACCEPTED : now);
	}

}
