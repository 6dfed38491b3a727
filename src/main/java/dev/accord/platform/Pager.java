package dev.accord.platform;

/**
 * What a list shows under its rows: where the page sits ("51–100 of 2,001") and the links to the
 * pages before and after (null where there is none).
 */
public record Pager(ListRange range, String previousHref, String nextHref) {

	/**
	 * The pager of a page of {@code size} rows after {@code offset} rows, in a list whose capped count
	 * is {@code counted}; each link is the list as {@code links} has it, with its cursor added.
	 *
	 * @param cursorParam the query parameter that carries this list's cursor
	 * @param keep further parameters to keep (names and values in turn), such as another list's cursor
	 */
	public static Pager of(long offset, int size, String previousCursor, String nextCursor, long counted,
			FilterChips links, String cursorParam, String... keep) {
		return new Pager(ListRange.of(offset, size, counted), href(links, cursorParam, previousCursor, keep),
				href(links, cursorParam, nextCursor, keep));
	}

	private static String href(FilterChips links, String cursorParam, String cursor, String... keep) {
		if (cursor == null) {
			return null;
		}
		String[] params = new String[keep.length + 2];
		System.arraycopy(keep, 0, params, 0, keep.length);
		params[keep.length] = cursorParam;
		params[keep.length + 1] = cursor;
		return links.href(params);
	}

	public boolean isEmpty() {
		return this.range.isEmpty();
	}

}
