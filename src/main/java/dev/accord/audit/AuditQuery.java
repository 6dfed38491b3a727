package dev.accord.audit;

import java.time.LocalDate;
import java.util.UUID;

import dev.accord.platform.ValidationException;

/**
 * A filtered page of the audit log: any of action, person (as actor or as the person a change is
 * about) and a range of days (UTC, both ends included), newest first.
 */
public record AuditQuery(AuditAction action, UUID personId, LocalDate from, LocalDate to, String cursor, int limit) {

	public static final int MAX_LIMIT = 200;

	public AuditQuery {
		limit = Math.max(1, Math.min(limit, MAX_LIMIT));
		if (from != null && to != null && to.isBefore(from)) {
			throw ValidationException.of("to", "audit.filter.range");
		}
	}

	/** The same filters from the next page on. */
	public AuditQuery after(String nextCursor) {
		return new AuditQuery(this.action, this.personId, this.from, this.to, nextCursor, this.limit);
	}

}
