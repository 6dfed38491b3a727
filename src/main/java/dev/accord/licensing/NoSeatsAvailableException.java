package dev.accord.licensing;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

public class NoSeatsAvailableException extends AccordException {

	NoSeatsAvailableException() {
		super(HttpStatus.CONFLICT, "NO_SEATS_AVAILABLE", "licensing.noSeats");
	}

}
