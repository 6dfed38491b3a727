package dev.accord.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.AbsoluteUnit;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.text.RelativeDateTimeFormatter.RelativeDateTimeUnit;
import com.ibm.icu.util.ULocale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats instants for people, in the current request's language and the person's time zone
 * ({@link TimeZones#current()}); templates call it as {@code @dates}, usually through the
 * {@code fragments/time :: time(instant)} fragment (relative, the exact time on hover).
 */
@Component("dates")
public class Dates {

	/** Beyond this, in either direction, a relative time says less than the date. */
	static final Duration RELATIVE_LIMIT = Duration.ofDays(30);

	private final Clock clock;

	private final Map<Locale, RelativeDateTimeFormatter> relative = new ConcurrentHashMap<>();

	public Dates(Clock clock) {
		this.clock = clock;
	}

	/** Date and time with the zone's id, e.g. "2 Dec 2026, 10:15 Europe/Berlin"; empty for none. */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return exact(instant, LocaleContextHolder.getLocale(), TimeZones.current());
	}

	/** Date and time in this language and zone, with the zone's id. */
	public static String exact(Instant instant, Locale locale, ZoneId zone) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone)
			.format(instant) + " " + zone.getId();
	}

	/** The date in the person's zone, long form; empty for none. */
	public String date(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(TimeZones.current())
			.format(instant);
	}

	/** A calendar date (no time, no zone), long form; empty for none. */
	public String day(LocalDate date) {
		if (date == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LocaleContextHolder.getLocale()).format(date);
	}

	/**
	 * How long ago or ahead, in the person's language: "now", "3 minutes ago", "yesterday",
	 * "in 6 days"; beyond {@link #RELATIVE_LIMIT} the date. Empty for none.
	 */
	public String relative(Instant instant) {
		if (instant == null) {
			return "";
		}
		Duration offset = Duration.between(this.clock.instant(), instant);
		if (offset.abs().compareTo(RELATIVE_LIMIT) > 0) {
			return date(instant);
		}
		RelativeDateTimeFormatter formatter = this.relative.computeIfAbsent(LocaleContextHolder.getLocale(),
				(locale) -> RelativeDateTimeFormatter.getInstance(ULocale.forLocale(locale)));
		synchronized (formatter) {
			long seconds = offset.getSeconds();
			if (Math.abs(seconds) < 60) {
				return formatter.format(Direction.PLAIN, AbsoluteUnit.NOW);
			}
			if (Math.abs(seconds) < 3600) {
				return formatter.formatNumeric(seconds / 60, RelativeDateTimeUnit.MINUTE);
			}
			if (Math.abs(seconds) < 86_400) {
				return formatter.formatNumeric(seconds / 3600, RelativeDateTimeUnit.HOUR);
			}
			return formatter.format(days(instant), RelativeDateTimeUnit.DAY);
		}
	}

	/** The instant for a {@code datetime} attribute: ISO 8601 in UTC, to the second. */
	public String iso(Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.SECONDS).toString() : "";
	}

	/** Calendar days between today and the instant's day, in the person's zone ("yesterday" is a day). */
	private long days(Instant instant) {
		ZoneId zone = TimeZones.current();
		return ChronoUnit.DAYS.between(LocalDate.ofInstant(this.clock.instant(), zone), LocalDate.ofInstant(instant, zone));
	}

}
