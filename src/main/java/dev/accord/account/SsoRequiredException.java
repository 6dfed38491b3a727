package dev.accord.account;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

/** The person's business account requires its single sign-on: 403 {@code SSO_REQUIRED}. */
public class SsoRequiredException extends AccordException {

	public SsoRequiredException() {
		super(HttpStatus.FORBIDDEN, "SSO_REQUIRED", "signin.ssoRequired");
	}

}
