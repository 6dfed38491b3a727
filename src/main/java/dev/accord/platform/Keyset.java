package dev.accord.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A two-way keyset cursor: the key of the row a page starts after (forward) or ends before
 * (backward), and the offset of the page it leads to, so that a page can say "51–100" without
 * counting. Encoded opaquely by {@link Cursors}; a cursor not made here is refused
 * ({@link MalformedCursorException}).
 *
 * @param backward whether the rows come before the key (a "Previous" link)
 * @param offset forward: how many rows come before the page; backward: how many rows come before
 * the key's row
 * @param key the list's own key text (null on the first page)
 */
public record Keyset(boolean backward, long offset, String key) {

	/** The first page. */
	public static final Keyset FIRST = new Keyset(false, 0, null);

	private static final long MAX_OFFSET = 1_000_000_000_000L;

	public Keyset {
		if (offset < 0 || offset > MAX_OFFSET || (key == null && (backward || offset != 0))) {
			throw new MalformedCursorException();
		}
	}

	/** The cursor, {@link #FIRST} for none (or a blank one). */
	public static Keyset decode(String cursor) {
		String text = Cursors.decode(cursor);
		if (text == null) {
			return FIRST;
		}
		int bar = text.indexOf('|');
		if (bar < 2 || (text.charAt(0) != 'N' && text.charAt(0) != 'P')) {
			throw new MalformedCursorException();
		}
		try {
			return new Keyset(text.charAt(0) == 'P', Long.parseLong(text.substring(1, bar)), text.substring(bar + 1));
		}
		catch (NumberFormatException ex) {
			throw new MalformedCursorException();
		}
	}

	public String encode() {
		return Cursors.encode((this.backward ? "P" : "N") + this.offset + "|" + this.key);
	}

	/** The key read by {@code parse}, or null on the first page; a key it cannot read is malformed. */
	public <K> K key(Function<String, K> parse) {
		if (this.key == null) {
			return null;
		}
		try {
			K value = parse.apply(this.key);
			if (value == null) {
				throw new MalformedCursorException();
			}
			return value;
		}
		catch (RuntimeException ex) {
			throw (ex instanceof MalformedCursorException malformed) ? malformed : new MalformedCursorException();
		}
	}

	/**
	 * Reads a page. {@code fetch} gets this cursor and a limit (one more than the page) and answers
	 * rows in reading order: forward, in list order after the key; backward, in reverse list order
	 * before the key. A page that comes out empty although it was not the first (rows were removed
	 * meanwhile) is read again as the first.
	 */
	public <T> Window<T> read(int limit, Function<Keyset, List<T>> fetch, Function<T, String> keyOf) {
		List<T> rows = fetch.apply(this);
		boolean more = rows.size() > limit;
		List<T> page = new ArrayList<>(rows.subList(0, Math.min(limit, rows.size())));
		if (page.isEmpty() && this.key != null) {
			return FIRST.read(limit, fetch, keyOf);
		}
		if (this.backward) {
			Collections.reverse(page);
			long start = more ? Math.max(this.offset - page.size(), 1) : 0;
			String previous = more ? new Keyset(true, start, keyOf.apply(page.get(0))).encode() : null;
			String next = new Keyset(false, start + page.size(), keyOf.apply(page.get(page.size() - 1))).encode();
			return new Window<>(List.copyOf(page), start, previous, next);
		}
		String previous = (this.key != null) ? new Keyset(true, this.offset, keyOf.apply(page.get(0))).encode() : null;
		String next = more ? new Keyset(false, this.offset + page.size(), keyOf.apply(page.get(page.size() - 1))).encode()
				: null;
		return new Window<>(List.copyOf(page), this.offset, previous, next);
	}

	/**
	 * One page of a list.
	 *
	 * @param items the rows, in list order
	 * @param offset how many rows come before them
	 * @param previousCursor the cursor of the page before, null on the first
	 * @param nextCursor the cursor of the page after, null on the last
	 */
	public record Window<T>(List<T> items, long offset, String previousCursor, String nextCursor) {

		public <R> Window<R> map(Function<T, R> mapper) {
			return new Window<>(this.items.stream().map(mapper).toList(), this.offset, this.previousCursor,
					this.nextCursor);
		}

	}

}
