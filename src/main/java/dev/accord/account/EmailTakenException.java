package dev.accord.account;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

/** A personal account with this email (in any letter case) exists already. */
public class EmailTakenException extends AccordException {

	public EmailTakenException() {
		super(HttpStatus.CONFLICT, "EMAIL_TAKEN", "account.email.taken");
	}

}
