package dev.accord.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as the portal keeps it: trimmed and lower-cased, so that uniqueness and
 * matching ignore letter case (spec §3).
 */
public final class EmailAddress {

	/**
	 * A pragmatic syntax check: one {@code @}, no spaces inside, a dot in the domain; surrounding
	 * white space is allowed since it is trimmed.
	 */
	public static final String PATTERN = "^\\s*[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:.]{2,}\\s*$";

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
		String trimmed = email.trim();
		return !trimmed.isEmpty() && trimmed.length() <= MAX_LENGTH && COMPILED.matcher(trimmed).matches();
	}

}
