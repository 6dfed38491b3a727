package dev.accord.invitation;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

/** The password given on the Join page is not the invited account's. */
public class WrongPasswordException extends AccordException {

	WrongPasswordException() {
		super(HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS", "join.password.wrong");
	}

}
