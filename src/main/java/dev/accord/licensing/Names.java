package dev.accord.licensing;

import dev.accord.platform.PlainText;
import dev.accord.platform.ValidationException;

/** The rule for the names of subscriptions, keys and computers: one line, not blank, at most 200 characters. */
final class Names {

	static final int MAX = 200;

	private Names() {
	}

	/** The name, trimmed; {@code null} stays {@code null} (the name is not being changed). */
	static String optional(String field, String name) {
		if (name == null) {
			return null;
		}
		if (name.isBlank() || name.length() > MAX) {
			throw ValidationException.of(field, name.isBlank() ? "validation.required" : "validation.tooLong.name");
		}
		PlainText.requireSingleLine(field, name);
		return name.trim();
	}

	/** The name, trimmed; a missing name is refused like a blank one. */
	static String required(String field, String name) {
		return optional(field, (name != null) ? name : "");
	}

}
