package dev.accord.invitation;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

/**
 * The link can no longer be used: expired, revoked, used already, or replaced by a newer
 * invitation (410 with the matching code).
 */
public class InvitationGoneException extends AccordException {

	InvitationGoneException(InvitationStatus status) {
		super(HttpStatus.GONE, code(status), "join.gone." + status.name());
	}

	private InvitationGoneException() {
		super(HttpStatus.GONE, "INVITATION_REPLACED", "join.gone.REPLACED");
	}

	/** The exception for an invitation found in this (non-pending) state. */
	public static InvitationGoneException of(InvitationStatus status) {
		return new InvitationGoneException(status);
	}

	/** The exception for a link that Resend replaced with a newer one. */
	public static InvitationGoneException replaced() {
		return new InvitationGoneException();
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
