package dev.accord.platform;

import org.springframework.http.HttpStatus;

/** The caller is a member but lacks the right for this action. */
public class ForbiddenException extends AccordException {

	public ForbiddenException() {
		super(HttpStatus.FORBIDDEN, "FORBIDDEN", "error.forbidden");
	}

}
