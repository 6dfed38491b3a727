package dev.accord.audit;

import dev.accord.invitation.InvitationAccepted;
import dev.accord.invitation.InvitationLinkRequested;
import dev.accord.invitation.InvitationResent;
import dev.accord.invitation.InvitationRevoked;
import dev.accord.invitation.InvitationSent;
import dev.accord.invitation.InvitationStatus;
import dev.accord.shared.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Turns the invitation module's events into audit entries, in the transaction that published them. */
@Component
class InvitationEntries {

	private final AuditRecorder recorder;

	InvitationEntries(AuditRecorder recorder) {
		this.recorder = recorder;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(InvitationSent sent) {
		this.recorder.record(withKeys(Change
			.of(sent.businessAccountId(), sent.actor(), AuditAction.INVITATION_SENT, sent.invitationId(), sent.email())
			.after("email", sent.email())
			.after("language", sent.language().tag())
			.after("role", sent.role())
			.after("expiresAt", sent.expiresAt()), sent.licenseKeys()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(InvitationResent resent) {
		this.recorder.record(withKeys(Change
			.of(resent.businessAccountId(), resent.actor(), AuditAction.INVITATION_RESENT, resent.invitationId(),
					resent.email())
			.after("language", resent.language().tag())
			.after("role", resent.role())
			.after("expiresAt", resent.expiresAt()), resent.licenseKeys()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(InvitationLinkRequested requested) {
		this.recorder.record(Change
			.of(requested.businessAccountId(), Actor.person(requested.inviteeId()), AuditAction.INVITATION_RESENT,
					requested.invitationId(), requested.email())
			.after("language", requested.language().tag())
			.after("expiresAt", requested.expiresAt()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(InvitationRevoked revoked) {
		this.recorder.record(Change
			.of(revoked.businessAccountId(), revoked.actor(), AuditAction.INVITATION_REVOKED, revoked.invitationId(),
					revoked.email())
			.field("status", InvitationStatus.PENDING, InvitationStatus.REVOKED));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(InvitationAccepted accepted) {
		this.recorder.record(Change
			.of(accepted.businessAccountId(), Actor.person(accepted.personId()), AuditAction.INVITATION_ACCEPTED,
					accepted.invitationId(), accepted.email())
			.about(accepted.personId())
			.field("status", InvitationStatus.PENDING, InvitationStatus.ACCEPTED));
	}

	/** The keys an invitation grants are recorded when the sending set them. */
	private static Change withKeys(Change change, String licenseKeys) {
		return (licenseKeys != null) ? change.after("licenseKeys", licenseKeys) : change;
	}

}
