package dev.accord.business;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

/**
 * The business account requires two-step verification and the caller has none set up: 403
 * {@code TWO_STEP_REQUIRED} over the API, the page {@code business/two-step-required} in the UI.
 */
public class TwoStepRequiredException extends AccordException {

	/** The page that tells the member why and where to set it up. */
	static final String PAGE = "business/two-step-required";

	public TwoStepRequiredException(String companyName) {
		super(HttpStatus.FORBIDDEN, "TWO_STEP_REQUIRED", "error.twoStepRequired", companyName);
	}

	@Override
	public String page() {
		return PAGE;
	}

}
