package dev.accord.business;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

/** The change would leave the business account without an active Account Administrator. */
public class LastAdministratorException extends AccordException {

	public LastAdministratorException() {
		super(HttpStatus.CONFLICT, "LAST_ADMINISTRATOR", "business.lastAdministrator");
	}

	/** The same rule, told with another message (e.g. naming the business accounts, for deleting an account). */
	LastAdministratorException(String messageKey, Object... args) {
		super(HttpStatus.CONFLICT, "LAST_ADMINISTRATOR", messageKey, args);
	}

}
