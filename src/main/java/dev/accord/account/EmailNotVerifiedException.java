package dev.accord.account;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

/**
 * The person has not proven their email yet, and this needs it (joining a business account): they
 * follow the link mailed at sign-up, or ask for another one.
 */
public class EmailNotVerifiedException extends AccordException {

	public EmailNotVerifiedException() {
		super(HttpStatus.FORBIDDEN, "EMAIL_NOT_VERIFIED", "email.verification.required");
	}

}
