package dev.accord.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.accord.business.BusinessAccountService;
import dev.accord.platform.NotFoundException;
import dev.accord.shared.Actor;
import dev.accord.shared.AuditAction;
import dev.accord.shared.BusinessAccountChanged;
import dev.accord.shared.SecureTokens;
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

	private final BusinessAccountService businesses;

	private final InvitationSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InviteeResend(Invitations invitations, InvitationMailer mailer, BusinessAccountService businesses,
			InvitationSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.invitations = invitations;
		this.mailer = mailer;
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
		Invitations.Row row = this.invitations.byId(accountId, invitationId).orElseThrow(NotFoundException::new);
		String token = SecureTokens.generate("");
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(Duration.between(row.sentAt(), row.expiresAt()));
		if (!this.invitations.renewForInvitee(invitationId, SecureTokens.sha256(token), now, expiresAt,
				now.minus(this.settings.inviteeResendInterval()))) {
			return;
		}
		this.mailer.send(row.email(), row.language(), token, row.inviterName(),
				this.businesses.find(accountId).companyName(), expiresAt);
		this.events.publishEvent(BusinessAccountChanged
			.of(accountId, Actor.person(inviteeId), AuditAction.INVITATION_RESENT, invitationId, row.email())
			.after("language", row.language().tag())
			.after("expiresAt", expiresAt));
	}

}
