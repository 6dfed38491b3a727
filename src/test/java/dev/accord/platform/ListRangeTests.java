package dev.accord.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a page sits in its list, with counts capped at 10,000, and the chips' links. */
class ListRangeTests {

	@Test
	void aPageInACountedListShowsItsPositionsAndTheTotal() {
		assertThat(ListRange.of(0, 50, 2001)).isEqualTo(new ListRange(1, 50, 2001, false));
		assertThat(ListRange.of(50, 50, 2001)).isEqualTo(new ListRange(51, 100, 2001, false));
		assertThat(ListRange.of(2000, 1, 2001)).isEqualTo(new ListRange(2001, 2001, 2001, false));
		assertThat(ListRange.of(0, 0, 0).isEmpty()).isTrue();
	}

	@Test
	void aListLongerThanTheCapIsMoreThanTenThousand() {
		assertThat(ListRange.of(0, 50, ListRange.COUNT_CAP + 1)).isEqualTo(new ListRange(1, 50, 10_000, true));
		assertThat(ListRange.of(0, 50, ListRange.COUNT_CAP)).isEqualTo(new ListRange(1, 50, 10_000, false));
		assertThat(ListRange.of(0, 50, 1).messageKey()).isEqualTo("list.range");
		assertThat(ListRange.of(0, 50, 10_001).messageKey()).isEqualTo("list.range.more");
		assertThat(ListRange.cappedCount("SELECT id FROM t WHERE a = 1"))
			.isEqualTo("SELECT count(*) FROM (SELECT id FROM t WHERE a = 1 LIMIT 10001) counted");
	}

	@Test
	void rowsAddedSinceTheCountNeverShowAPagePastTheTotal() {
		assertThat(ListRange.of(100, 50, 120)).isEqualTo(new ListRange(101, 150, 150, false));
	}

	@Test
	void theNumbersAreFormattedForTheReader() {
		ListRange range = ListRange.of(0, 50, 2001);
		assertThat(new MessageFormat("{0}–{1} of {2}", Locale.ENGLISH).format(new Object[] { range.from(), range.to(),
				range.total() })).isEqualTo("1–50 of 2,001");
		assertThat(new MessageFormat("{0}–{1} von {2}", Locale.GERMAN).format(new Object[] { range.from(), range.to(),
				range.total() })).isEqualTo("1–50 von 2.001");
	}

	@Test
	void eachChipLinksToTheListWithoutItsFilterAndClearKeepsOnlyWhatIsNoFilter() {
		FilterChips chips = FilterChips.at("/business/x/users")
			.text("q", "users.chip.search", "a+b & c")
			.choice("role", "users.filter.role", List.of("REGULAR_MEMBER"), List.of("role.REGULAR_MEMBER"))
			.text("person", "audit.filter.person", " ")
			.keep("sort", "NEWEST", null);

		assertThat(chips.chips()).extracting(FilterChips.Chip::name).containsExactly("q", "role");
		assertThat(chips.chips().get(0).removeHref()).isEqualTo("/business/x/users?role=REGULAR_MEMBER&sort=NEWEST");
		assertThat(chips.chips().get(1).removeHref()).isEqualTo("/business/x/users?q=a%2Bb%20%26%20c&sort=NEWEST");
		assertThat(chips.clearHref()).isEqualTo("/business/x/users?sort=NEWEST");
		assertThat(chips.href("cursor", "abc", "pending", null))
			.isEqualTo("/business/x/users?q=a%2Bb%20%26%20c&role=REGULAR_MEMBER&sort=NEWEST&cursor=abc");
		assertThat(FilterChips.at("/p").isEmpty()).isTrue();
	}

}
