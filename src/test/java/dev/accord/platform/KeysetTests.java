package dev.accord.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Two-way keyset cursors over an in-memory list of numbers, as a repository would answer them. */
class KeysetTests {

	private final List<Integer> rows = new ArrayList<>(IntStream.rangeClosed(1, 120).boxed().toList());

	@Test
	void nextThenPreviousReadsTheSamePagesWithTheirOffsets() {
		Keyset.Window<Integer> first = read(null);
		Keyset.Window<Integer> second = read(first.nextCursor());
		Keyset.Window<Integer> third = read(second.nextCursor());

		assertThat(first.items()).startsWith(1).endsWith(50);
		assertThat(first.offset()).isZero();
		assertThat(first.previousCursor()).isNull();
		assertThat(second.offset()).isEqualTo(50);
		assertThat(third.items()).startsWith(101).endsWith(120);
		assertThat(third.nextCursor()).isNull();

		Keyset.Window<Integer> backToSecond = read(third.previousCursor());
		assertThat(backToSecond.items()).isEqualTo(second.items());
		assertThat(backToSecond.offset()).isEqualTo(50);
		Keyset.Window<Integer> backToFirst = read(backToSecond.previousCursor());
		assertThat(backToFirst.items()).isEqualTo(first.items());
		assertThat(backToFirst.offset()).isZero();
		assertThat(backToFirst.previousCursor()).isNull();
		assertThat(read(backToFirst.nextCursor()).items()).isEqualTo(second.items());
	}

	@Test
	void aPageEmptiedMeanwhileIsReadAsTheFirst() {
		String next = read(read(null).nextCursor()).nextCursor();
		this.rows.removeIf((n) -> n > 100);

		Keyset.Window<Integer> page = read(next);
		assertThat(page.offset()).isZero();
		assertThat(page.items()).startsWith(1);
	}

	@Test
	void goingBackToTheStartAfterRowsWereAddedInFrontStillEndsAtTheFirstPage() {
		Keyset.Window<Integer> second = read(read(null).nextCursor());
		this.rows.add(0, 0);

		Keyset.Window<Integer> back = read(second.previousCursor());
		assertThat(back.items()).startsWith(1).endsWith(50);
		assertThat(back.offset()).isEqualTo(1);
		assertThat(back.previousCursor()).isNotNull();
		assertThat(read(back.previousCursor()).items()).containsExactly(0);
	}

	@Test
	void cursorsThatTheListDidNotMakeAreRefused() {
		for (String text : List.of("x", "N|1", "P-1|1", "N5", "Q0|1", "N99999999999999999999|1", "P0", "N1|")) {
			String cursor = Cursors.encode(text);
			assertThatExceptionOfType(MalformedCursorException.class).as(text).isThrownBy(() -> {
				Keyset keyset = Keyset.decode(cursor);
				keyset.key(Integer::valueOf);
			});
		}
		assertThat(Keyset.decode(null)).isEqualTo(Keyset.FIRST);
		assertThat(Keyset.decode(" ")).isEqualTo(Keyset.FIRST);
	}

	private Keyset.Window<Integer> read(String cursor) {
		return Keyset.decode(cursor).read(50, this::fetch, String::valueOf);
	}

	/** Rows after the key (or before it, in reverse, going back), one more than the page. */
	private List<Integer> fetch(Keyset at) {
		Integer key = at.key(Integer::valueOf);
		List<Integer> found = new ArrayList<>(this.rows.stream()
			.filter((n) -> key == null || (at.backward() ? n < key : n > key))
			.toList());
		if (at.backward()) {
			Collections.reverse(found);
		}
		return found.stream().limit(51).toList();
	}

}
