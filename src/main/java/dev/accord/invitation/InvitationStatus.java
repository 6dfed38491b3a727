package dev.accord.invitation;

/** PENDING → ACCEPTED | REVOKED, or EXPIRED once a pending invitation's time has passed. */
public enum InvitationStatus {

	PENDING, ACCEPTED, REVOKED, EXPIRED;

	public String messageKey() {
		return "invitation.status." + name();
	}

}
