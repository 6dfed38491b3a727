package dev.accord.platform;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** Input refused by a rule that bean validation cannot express; field → message key. */
public class ValidationException extends AccordException {

	private final Map<String, String> fieldErrors;

	public ValidationException(Map<String, String> fieldErrors) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "VALIDATION_FAILED", "error.validation");
		this.fieldErrors = Map.copyOf(fieldErrors);
	}

	public static ValidationException of(String field, String messageKey) {
		return new ValidationException(Map.of(field, messageKey));
	}

	@Override
	public Map<String, String> fieldErrors() {
		return this.fieldErrors;
	}

}
