package dev.accord.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as the portal keeps it: trimmed and lower-cased, so that uniqueness and
 * matching ignore letter case (spec §3).
 */
public final class EmailAddress {

	private static final String REFUSED = "@\\s<>\"(),;:\\p{Cc}\\p{Cf}\\p{Cs}\\p{Z}";

	private static final String PART = "[^" + REFUSED + "]";

	private static final String TLD = "[^" + REFUSED + ".]";

	/**
	 * A pragmatic syntax check: one {@code @}, no spaces inside, a dot in the domain; surrounding
	 * white space is allowed since it is trimmed. Control, format (zero-width, bidi), separator and
	 * surrogate characters are refused everywhere.
	 */
	public static final String PATTERN = "^[ \\t]*" + PART + "+@" + PART + "+\\." + TLD + "{2,}[ \\t]*$";

	public static final int MAX_LENGTH = 254;

	private static final Pattern COMPILED = Pattern.compile(PATTERN);

	private EmailAddress() {
	}

	/** Trims and lower-cases; {@code null} stays {@code null}. */
	public static String normalize(String email) {
		return (email != null) ? email.trim().toLowerCase(Locale.ROOT) : null;
	}

	public static boolean isValid(String email) {
		if (email == null) {
			return false;
		}
		// Matched before trimming: trim() would also drop control characters, which are refused.
		return email.trim().length() <= MAX_LENGTH && COMPILED.matcher(email).matches();
	}

}
