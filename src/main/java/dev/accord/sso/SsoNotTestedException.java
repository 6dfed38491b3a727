package dev.accord.sso;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

/** Single sign-on is switched on only after a successful "Test connection": 409 {@code SSO_NOT_TESTED}. */
public class SsoNotTestedException extends AccordException {

	public SsoNotTestedException() {
		super(HttpStatus.CONFLICT, "SSO_NOT_TESTED", "sso.error.notTested");
	}

}
