package dev.accord.invitation;

import java.time.Clock;

import dev.accord.account.AccountDeleted;
import dev.accord.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person deleting their account takes the open invitations addressed to them along: each is
 * revoked (by the system, in that transaction, and so written in each business account's
 * Activity), so that nobody signing up later with the address finds them waiting. Invitations
 * the person sent stay: they belong to the business account, whose administrators see them and
 * may revoke them.
 */
@Component
class DeletedInvitees {

	private final Invitations invitations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DeletedInvitees(Invitations invitations, ApplicationEventPublisher events, Clock clock) {
		this.invitations = invitations;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(AccountDeleted deleted) {
		for (Invitation invitation : this.invitations.pendingFor(deleted.email(), this.clock.instant())) {
			invitation.revoke(this.clock);
			if (this.invitations.revoked(invitation)) {
				this.events.publishEvent(new InvitationRevoked(invitation.businessAccountId(), Actor.system(),
						invitation.id(), invitation.email()));
			}
		}
	}

}
