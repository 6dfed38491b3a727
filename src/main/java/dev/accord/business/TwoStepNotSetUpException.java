package dev.accord.business;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

/**
 * An administrator tried to require two-step verification without having it themselves: they
 * would lock themselves out. 409 {@code TWO_STEP_NOT_SET_UP}.
 */
public class TwoStepNotSetUpException extends AccordException {

	public TwoStepNotSetUpException() {
		super(HttpStatus.CONFLICT, "TWO_STEP_NOT_SET_UP", "error.twoStepNotSetUp");
	}

}
