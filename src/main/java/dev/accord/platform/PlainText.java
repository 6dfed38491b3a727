package dev.accord.platform;

/**
 * What text the portal accepts from people: no control characters (NUL, CR/LF, tab, DEL, C1),
 * no invisible format characters (zero-width spaces and joiners, bidi embeddings, overrides and
 * isolates, the byte-order mark), no line or paragraph separators and no unpaired surrogates.
 * Multi-line text (notes) may also hold ordinary line breaks and tabs.
 */
public final class PlainText {

	private PlainText() {
	}

	/** One line of text, as names, emails and titles are; {@code null} passes. */
	public static boolean isSingleLine(String value) {
		return value == null || value.codePoints().allMatch(PlainText::isVisible);
	}

	/** Text that may span lines ({@code \n}, {@code \r}, {@code \t} allowed); {@code null} passes. */
	public static boolean isMultiLine(String value) {
		return value == null
				|| value.codePoints().allMatch((cp) -> cp == '\n' || cp == '\r' || cp == '\t' || isVisible(cp));
	}

	/** Refuses a value that is not one line of plain text, naming the field. */
	public static void requireSingleLine(String field, String value) {
		if (!isSingleLine(value)) {
			throw ValidationException.of(field, "validation.singleLine");
		}
	}

	/** Refuses a multi-line value with control or invisible characters, naming the field. */
	public static void requireMultiLine(String field, String value) {
		if (!isMultiLine(value)) {
			throw ValidationException.of(field, "validation.plainText");
		}
	}

	private static boolean isVisible(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
					Character.PARAGRAPH_SEPARATOR ->
				false;
			default -> true;
		};
	}

}
