package dev.accord.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import dev.accord.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** Times read relative to the application clock, in the person's language; exact ones carry the zone. */
class DatesTests {

	private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

	private final MutableClock clock = new MutableClock(NOW);

	private final Dates dates = new Dates(this.clock);

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void recentTimesReadAsHowLongAgo() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.dates.relative(NOW.minusSeconds(20))).isEqualTo("now");
		assertThat(this.dates.relative(NOW.minus(Duration.ofMinutes(1)))).isEqualTo("1 minute ago");
		assertThat(this.dates.relative(NOW.minus(Duration.ofMinutes(59)))).isEqualTo("59 minutes ago");
		assertThat(this.dates.relative(NOW.minus(Duration.ofHours(3)))).isEqualTo("3 hours ago");
		assertThat(this.dates.relative(NOW.minus(Duration.ofHours(30)))).isEqualTo("yesterday");
		assertThat(this.dates.relative(NOW.minus(Duration.ofDays(5)))).isEqualTo("5 days ago");
	}

	@Test
	void futureTimesReadAsHowLongAhead() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.dates.relative(NOW.plus(Duration.ofDays(6)))).isEqualTo("in 6 days");
		assertThat(this.dates.relative(NOW.plus(Duration.ofHours(2)))).isEqualTo("in 2 hours");
	}

	@Test
	void theClockMovesTheWording() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		Instant sent = NOW;
		this.clock.advance(Duration.ofHours(2));
		assertThat(this.dates.relative(sent)).isEqualTo("2 hours ago");
	}

	@Test
	void relativeTimesFollowTheLanguagesPluralRules() {
		LocaleContextHolder.setLocale(Locale.GERMAN);
		assertThat(this.dates.relative(NOW.minus(Duration.ofHours(3)))).isEqualTo("vor 3 Stunden");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
		assertThat(this.dates.relative(NOW.minus(Duration.ofHours(3)))).isEqualTo("3 часа назад");
		assertThat(this.dates.relative(NOW.minus(Duration.ofHours(5)))).isEqualTo("5 часов назад");
		assertThat(this.dates.relative(NOW.minus(Duration.ofHours(21)))).isEqualTo("21 час назад");
	}

	@Test
	void longAgoReadsAsTheDate() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.dates.relative(Instant.parse("2026-01-15T09:00:00Z"))).isEqualTo("January 15, 2026");
	}

	@Test
	void exactTimesCarryTheZoneAndNothingShowsForNone() {
		assertThat(Dates.exact(NOW, Locale.ENGLISH, java.time.ZoneId.of("Europe/Berlin"))).startsWith("Dec 2, 2026")
			.contains("1:00")
			.endsWith("Europe/Berlin");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.dates.dateTime(NOW)).endsWith("UTC");
		assertThat(this.dates.relative(null)).isEmpty();
		assertThat(this.dates.dateTime(null)).isEmpty();
		assertThat(this.dates.day(null)).isEmpty();
		assertThat(this.dates.day(LocalDate.of(2027, 1, 1))).isEqualTo("January 1, 2027");
		assertThat(this.dates.iso(Instant.parse("2026-12-02T12:00:00.123456Z"))).isEqualTo("2026-12-02T12:00:00Z");
	}

}
