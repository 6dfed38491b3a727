package dev.accord.sso;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

/** Single sign-on is switched on only with a verified domain: 409 {@code NO_VERIFIED_DOMAIN}. */
public class NoVerifiedDomainException extends AccordException {

	public NoVerifiedDomainException() {
		super(HttpStatus.CONFLICT, "NO_VERIFIED_DOMAIN", "sso.error.noVerifiedDomain");
	}

}
