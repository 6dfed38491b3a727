package dev.accord.licensing.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A bound form's errors as the licensing pages show them: one message key per field, the first
 * one found. A value that could not be read as its type gets the key given for its field.
 */
final class FormErrors {

	private FormErrors() {
	}

	static Map<String, String> of(BindingResult result, Map<String, String> unreadable) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			String key = error.isBindingFailure() ? unreadable.getOrDefault(error.getField(), "validation.choose")
					: error.getDefaultMessage();
			errors.putIfAbsent(error.getField(), key);
		}
		return errors;
	}

	/** What was typed into the field, also when it could not be read. */
	static String typed(BindingResult result, String field) {
		Object value = result.getFieldValue(field);
		return (value != null) ? value.toString() : null;
	}

}
