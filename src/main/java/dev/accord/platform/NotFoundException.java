package dev.accord.platform;

import org.springframework.http.HttpStatus;

/** The object does not exist, or the caller may not know that it exists. */
public class NotFoundException extends AccordException {

	public NotFoundException() {
		super(HttpStatus.NOT_FOUND, "NOT_FOUND", "error.notFound");
	}

}
