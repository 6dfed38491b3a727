package dev.accord.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Converts between {@link Instant} and the JDBC type both H2 and PostgreSQL accept. */
public final class Timestamps {

	private Timestamps() {
	}

	/**
	 * Truncated to microseconds, the precision both databases keep: otherwise they would round a
	 * nanosecond value up, and a row written "now" would not yet be due "now".
	 */
	public static OffsetDateTime toDb(Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC) : null;
	}

	public static Instant fromDb(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
