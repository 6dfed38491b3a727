package dev.accord.licensing.web;

import java.time.LocalDate;
import java.util.Map;

import dev.accord.licensing.KeyType;
import dev.accord.platform.ValidationException;
import org.springframework.format.annotation.DateTimeFormat;

/** Create License Key: name, number of licenses, dynamic or reserved, and an optional expiration date. */
record NewKeyForm(String name, Integer limit, KeyType type,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresAt) {

	/** The message keys for values that cannot be read, by field. */
	static final Map<String, String> UNREADABLE = Map.of("limit", "licensing.limit.range", "type",
			"validation.choose", "expiresAt", "validation.date");

	String nameOrEmpty() {
		return (this.name != null) ? this.name : "";
	}

	/**
	 * Refuses the first field, in the form's order, that could not be read or is missing (the limit)
	 * or not a choice (the Primary Key's type), as one field error.
	 */
	void requireReadable(Map<String, String> unreadable) {
		if (unreadable.containsKey("limit") || this.limit == null) {
			throw ValidationException.of("limit", "licensing.limit.range");
		}
		if (unreadable.containsKey("type") || this.type == KeyType.PRIMARY) {
			throw ValidationException.of("type", "validation.choose");
		}
		if (unreadable.containsKey("expiresAt")) {
			throw ValidationException.of("expiresAt", "validation.date");
		}
	}

	/** Dynamic unless chosen otherwise. */
	KeyType typeOrDynamic() {
		return (this.type != null) ? this.type : KeyType.DYNAMIC;
	}

}
