package dev.accord.invitation;

import java.time.Clock;
import java.util.UUID;

import dev.accord.business.BusinessAccountService;
import dev.accord.platform.NotFoundException;
import dev.accord.platform.SecureTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fresh link the invited person asked for themselves ("Join company" from an account whose
 * email is not verified), at most once per {@code accord.invitations.invitee-resend-interval}.
 * Not counted against the account's daily limit: its administrators did not send it, and
 * otherwise an invitee could spend the whole budget.
 */
@Component
class InviteeResend {

	private final Invitations invitations;

	private final InvitationMailer mailer;

	private final Inviters inviters;

	private final BusinessAccountService businesses;

	private final InvitationSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InviteeResend(Invitations invitations, InvitationMailer mailer, Inviters inviters,
			BusinessAccountService businesses, InvitationSettings settings, ApplicationEventPublisher events,
			Clock clock) {
		this.invitations = invitations;
		this.mailer = mailer;
		this.inviters = inviters;
		this.businesses = businesses;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Renews the link and mails it, with the invitation's validity; within the interval since the
	 * invitee last asked it does nothing (their mailbox holds a link already), so the answer to
	 * them is the same either way.
	 */
	@Transactional
	void resend(UUID accountId, UUID invitationId, UUID inviteeId) {
		Invitation invitation = this.invitations.byId(accountId, invitationId).orElseThrow(NotFoundException::new);
		String token = SecureTokens.generate("");
		if (!invitation.resendToInvitee(SecureTokens.sha256(token), this.settings.inviteeResendInterval(), this.clock)
				|| !this.invitations.resentToInvitee(invitation,
						invitation.inviteeResentAt().minus(this.settings.inviteeResendInterval()))) {
			return;
		}
		this.mailer.send(invitation.email(), invitation.language(), token, this.inviters.nameOf(invitation),
				this.businesses.find(accountId).companyName(), invitation.link().expiresAt());
		this.events.publishEvent(new InvitationLinkRequested(accountId, inviteeId, invitationId, invitation.email(),
				invitation.language(), invitation.link().expiresAt()));
	}

}
