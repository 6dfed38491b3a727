package dev.accord.licensing;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

/** Reserving that many seats would take seats already in use or reserved. */
public class SeatsTakenException extends AccordException {

	SeatsTakenException() {
		super(HttpStatus.CONFLICT, "NO_SEATS_AVAILABLE", "licensing.noSeatsToReserve");
	}

}
