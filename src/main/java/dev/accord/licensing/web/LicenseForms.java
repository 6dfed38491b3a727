package dev.accord.licensing.web;

import java.time.LocalDate;

import dev.accord.licensing.KeyType;
import dev.accord.platform.ValidationException;

/** Parsing of the licensing forms' fields: a value that cannot be read is a field error. */
final class LicenseForms {

	private LicenseForms() {
	}

	/** A whole number of licenses; blank is {@code null} (unchanged). */
	static Integer limitOrNull(String limit) {
		return (limit == null || limit.isBlank()) ? null : limit(limit);
	}

	static int limit(String limit) {
		try {
			return Integer.parseInt(limit.trim());
		}
		catch (NumberFormatException ex) {
			throw ValidationException.of("limit", "licensing.limit.range");
		}
	}

	static KeyType type(String type) {
		try {
			KeyType parsed = KeyType.valueOf(type);
			if (parsed == KeyType.PRIMARY) {
				throw ValidationException.of("type", "validation.choose");
			}
			return parsed;
		}
		catch (IllegalArgumentException ex) {
			throw ValidationException.of("type", "validation.choose");
		}
	}

	static LocalDate dateOrNull(String date) {
		if (date == null || date.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(date.trim());
		}
		catch (RuntimeException ex) {
			throw ValidationException.of("expiresAt", "validation.date");
		}
	}

}
