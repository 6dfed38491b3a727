package dev.accord.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats instants for people, in the current request's language and the person's time zone
 * ({@link TimeZones#current()}); templates call it as {@code @dates}.
 */
@Component("dates")
public class Dates {

	/** Date and time with the zone's id, e.g. "2 Dec 2026, 10:15 Europe/Berlin"; empty for none. */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		ZoneId zone = TimeZones.current();
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
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

}
