package dev.accord.invitation;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

/** Only a pending invitation can be re-sent or revoked. */
public class InvitationNotPendingException extends AccordException {

	InvitationNotPendingException() {
		super(HttpStatus.CONFLICT, "INVITATION_NOT_PENDING", "invitation.notPending");
	}

}
