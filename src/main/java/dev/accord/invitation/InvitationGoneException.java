package dev.accord.invitation;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

/** The link can no longer be used: expired, revoked or used already (410 with the matching code). */
public class InvitationGoneException extends AccordException {

	private final InvitationStatus status;

	InvitationGoneException(InvitationStatus status) {
		super(HttpStatus.GONE, code(status), "join.gone." + status.name());
		this.status = status;
	}

	/** The exception for an invitation found in this (non-pending) state. */
	public static InvitationGoneException of(InvitationStatus status) {
		return new InvitationGoneException(status);
	}

	public InvitationStatus invitationStatus() {
		return this.status;
	}

	private static String code(InvitationStatus status) {
		return switch (status) {
			case EXPIRED -> "INVITATION_EXPIRED";
			case REVOKED -> "INVITATION_REVOKED";
			case ACCEPTED -> "INVITATION_USED";
			case PENDING -> throw new IllegalArgumentException("a pending invitation is not gone");
		};
	}

}
