package dev.accord.domain;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

/** Another business account verified this domain (which one is not said). */
public class DomainTakenException extends AccordException {

	public DomainTakenException() {
		super(HttpStatus.CONFLICT, "DOMAIN_TAKEN", "domain.taken");
	}

}
