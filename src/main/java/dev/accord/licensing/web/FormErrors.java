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

	/** What was typed into the field: the value that could not be read, or the one bound. */
	static String typed(BindingResult result, String field, Object bound) {
		FieldError error = result.getFieldError(field);
		Object value = (error != null) ? error.getRejectedValue() : bound;
		if (value instanceof String[] values) {
			return String.join(",", values);
		}
		return (value != null) ? value.toString() : null;
	}

}
