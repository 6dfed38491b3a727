package dev.accord.platform;

import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/** The field a JSON body got the wrong type of value for, when the parser can say which. */
final class JsonFieldErrors {

	private static final List<Class<?>> WHOLE_NUMBERS = List.of(int.class, Integer.class, long.class, Long.class,
			short.class, Short.class);

	private JsonFieldErrors() {
	}

	/** Field → message key, or empty when the body is not JSON at all (then it is merely malformed). */
	static Map<String, String> of(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
				String field = field(mismatch.getPath());
				if (field != null) {
					boolean whole = WHOLE_NUMBERS.contains(mismatch.getTargetType());
					return Map.of(field, whole ? "validation.wholeNumber" : "validation.type");
				}
			}
		}
		return Map.of();
	}

	private static String field(List<JacksonException.Reference> path) {
		for (int i = path.size() - 1; i >= 0; i--) {
			String name = path.get(i).getPropertyName();
			if (name != null) {
				return name;
			}
		}
		return null;
	}

}
