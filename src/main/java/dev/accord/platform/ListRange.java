package dev.accord.platform;

/**
 * Where a page sits in its list: "51–100 of 2,001", or "of more than 10,000" when the list is longer
 * than a count is allowed to read. Counts read at most {@value #COUNT_CAP} + 1 rows of an index
 * ({@link #cappedCount(String)}), so they stay fast however long the list is.
 *
 * @param from the position of the page's first row (1-based; 0 for an empty list)
 * @param to the position of its last row
 * @param total the number of rows, or {@link #COUNT_CAP} when {@code more}
 * @param more whether the list has more than {@link #COUNT_CAP} rows
 */
public record ListRange(long from, long to, long total, boolean more) {

	/** The most rows a count reads exactly. */
	public static final int COUNT_CAP = 10_000;

	/**
	 * The range of a page of {@code size} rows after {@code offset} rows, in a list whose count read
	 * {@code counted} rows (at most {@value #COUNT_CAP} + 1).
	 */
	public static ListRange of(long offset, int size, long counted) {
		if (size == 0) {
			return new ListRange(0, 0, 0, false);
		}
		boolean more = counted > COUNT_CAP;
		long to = offset + size;
		// Rows added since the count (or a drifted offset) never show "101–150 of 120".
		long total = more ? COUNT_CAP : Math.max(counted, to);
		return new ListRange(offset + 1, to, total, more);
	}

	/** A count of the rows {@code select} (a SELECT without ORDER BY) finds, reading at most the cap and one. */
	public static String cappedCount(String select) {
		return "SELECT count(*) FROM (" + select + " LIMIT " + (COUNT_CAP + 1) + ") counted";
	}

	public boolean isEmpty() {
		return this.to == 0;
	}

	/** The message key for the range text ({0}–{1} of {2}). */
	public String messageKey() {
		return this.more ? "list.range.more" : "list.range";
	}

}
