package dev.accord.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.accord.audit.AuditQuery;
import dev.accord.audit.AuditAction;

/**
 * The Activity page's filters as typed (action, person's email, from and to dates), bound from the
 * query by its constructor, and what is wrong with them, field by field (message keys).
 */
public final class ActivityFilter {

	private final String action;

	private final String person;

	private final String from;

	private final String to;

	private final Map<String, String> errors = new LinkedHashMap<>();

	ActivityFilter(String action, String person, String from, String to) {
		this.action = blankToNull(action);
		this.person = (blankToNull(person) != null) ? person.trim() : null;
		this.from = blankToNull(from);
		this.to = blankToNull(to);
	}

	/** The query, or null when a filter is malformed (see {@link #errors()}). */
	AuditQuery query(UUID personId, String cursor, int limit) {
		AuditAction parsedAction = parseAction();
		LocalDate fromDay = parseDate("from", this.from);
		LocalDate toDay = parseDate("to", this.to);
		if (this.person != null && this.person.length() > 254) {
			this.errors.put("person", "validation.email");
		}
		if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
			this.errors.put("to", "audit.filter.range");
		}
		if (!this.errors.isEmpty()) {
			return null;
		}
		return new AuditQuery(parsedAction, personId, fromDay, toDay, cursor, limit);
	}

	private AuditAction parseAction() {
		if (this.action == null) {
			return null;
		}
		try {
			return AuditAction.valueOf(this.action);
		}
		catch (IllegalArgumentException ex) {
			this.errors.put("action", "validation.choose");
			return null;
		}
	}

	private LocalDate parseDate(String field, String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			this.errors.put(field, "validation.date");
			return null;
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	public String action() {
		return this.action;
	}

	public String person() {
		return this.person;
	}

	public String from() {
		return this.from;
	}

	public String to() {
		return this.to;
	}

	public Map<String, String> errors() {
		return this.errors;
	}

}
