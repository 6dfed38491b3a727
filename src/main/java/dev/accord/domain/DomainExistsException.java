package dev.accord.domain;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

/** This business account added this domain already. */
public class DomainExistsException extends AccordException {

	public DomainExistsException() {
		super(HttpStatus.CONFLICT, "DOMAIN_EXISTS", "domain.exists");
	}

}
