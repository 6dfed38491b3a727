package dev.accord.account;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

/** A verification link was asked for an address that is verified already. */
public class EmailAlreadyVerifiedException extends AccordException {

	EmailAlreadyVerifiedException() {
		super(HttpStatus.CONFLICT, "EMAIL_ALREADY_VERIFIED", "email.verification.alreadyVerified");
	}

}
