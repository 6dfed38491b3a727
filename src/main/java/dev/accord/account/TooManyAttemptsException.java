package dev.accord.account;

import org.springframework.security.core.AuthenticationException;

/** Too many wrong passwords for this email lately; try again later. */
public class TooManyAttemptsException extends AuthenticationException {

	public TooManyAttemptsException() {
		super("Too many failed attempts");
	}

}
