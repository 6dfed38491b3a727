package dev.accord.account;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import dev.accord.platform.ValidationException;

/**
 * When a new API token stops working: 7, 30 or 90 days after creation, at the end of a chosen date
 * (UTC, tomorrow at the earliest and at most a year ahead), or never. The default is 90 days.
 *
 * @param days the days from creation, or null
 * @param date the last day the token works, or null
 */
public record TokenExpiry(Integer days, LocalDate date) {

	/** The choice when none is made. */
	public static final TokenExpiry DEFAULT = new TokenExpiry(90, null);

	/** The choices offered as a number of days. */
	public static final java.util.List<Integer> DAY_CHOICES = java.util.List.of(7, 30, 90);

	/** The choice meaning "never expires". */
	public static final String NONE = "none";

	/** The choice meaning "on the date given". */
	public static final String DATE = "date";

	public static TokenExpiry never() {
		return new TokenExpiry(null, null);
	}

	/**
	 * The expiry of a choice ({@code 7}, {@code 30}, {@code 90}, {@code none}, or an ISO date such as
	 * {@code 2027-01-31}; null or blank is the default), checked against today.
	 *
	 * @throws ValidationException on {@code field} when the choice is unknown, the date malformed,
	 * today or earlier, or more than a year ahead
	 */
	public static TokenExpiry parse(String field, String choice, Clock clock) {
		if (choice == null || choice.isBlank()) {
			return DEFAULT;
		}
		String value = choice.trim();
		if (NONE.equals(value)) {
			return never();
		}
		for (Integer days : DAY_CHOICES) {
			if (days.toString().equals(value)) {
				return new TokenExpiry(days, null);
			}
		}
		if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
			throw ValidationException.of(field, "validation.tokenExpiry");
		}
		return onDate(field, value, clock);
	}

	/** The expiry at the end of an ISO date, checked against today; see {@link #parse}. */
	public static TokenExpiry onDate(String field, String isoDate, Clock clock) {
		LocalDate date;
		try {
			date = LocalDate.parse((isoDate != null) ? isoDate.trim() : "");
		}
		catch (DateTimeParseException ex) {
			throw ValidationException.of(field, "validation.date");
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		if (!date.isAfter(today)) {
			throw ValidationException.of(field, "validation.tokenExpiry.past");
		}
		if (date.isAfter(today.plusYears(1))) {
			throw ValidationException.of(field, "validation.tokenExpiry.tooFar");
		}
		return new TokenExpiry(null, date);
	}

	/** The instant a token created at {@code createdAt} stops working, or empty for never. */
	public Optional<Instant> expiresAt(Instant createdAt) {
		if (this.days != null) {
			return Optional.of(createdAt.plus(java.time.Duration.ofDays(this.days)));
		}
		if (this.date != null) {
			return Optional.of(this.date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
		}
		return Optional.empty();
	}

}
