package dev.accord.licensing;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

/** The key has no free seat for one more computer (409 {@code NO_SEATS_AVAILABLE}). */
public class NoSeatsAvailableException extends AccordException {

	NoSeatsAvailableException() {
		super(HttpStatus.CONFLICT, "NO_SEATS_AVAILABLE", "licensing.noSeats");
	}

}
