package dev.accord.licensing;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

/** The key, or its subscription past the grace period, has expired. */
public class KeyExpiredException extends AccordException {

	KeyExpiredException() {
		super(HttpStatus.FORBIDDEN, "KEY_EXPIRED", "licensing.expired");
	}

}
