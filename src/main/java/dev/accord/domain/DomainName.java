package dev.accord.domain;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.accord.platform.ValidationException;

/**
 * A domain name as Accord keeps it: the IDNA ASCII form, lower-case, without a trailing dot; a real
 * host name of at least two labels, at most 253 characters, not an IP address, without a scheme,
 * path or port.
 */
public record DomainName(String value) {

	public static final int MAX_LENGTH = 253;

	private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

	private static final Pattern NUMERIC = Pattern.compile("[0-9]+");

	public DomainName {
		if (!isValid(value)) {
			throw new IllegalArgumentException("not a domain name");
		}
	}

	/** The name typed by a person, or {@link ValidationException} for the field {@code name}. */
	public static DomainName parse(String typed) {
		if (typed == null || typed.isBlank()) {
			throw ValidationException.of("name", "validation.required");
		}
		return of(typed).orElseThrow(() -> ValidationException.of("name", "domain.name.invalid"));
	}

	/** The name in its kept form, or empty when it is not a domain name. */
	public static Optional<DomainName> of(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.trim();
		if (trimmed.endsWith(".")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		if (trimmed.isEmpty() || trimmed.length() > 4 * MAX_LENGTH) {
			return Optional.empty();
		}
		String ascii;
		try {
			ascii = IDN.toASCII(trimmed, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return isValid(ascii) ? Optional.of(new DomainName(ascii)) : Optional.empty();
	}

	/** The domain part of an email address, or empty. */
	public static Optional<DomainName> ofEmail(String email) {
		if (email == null) {
			return Optional.empty();
		}
		int at = email.lastIndexOf('@');
		return (at < 0) ? Optional.empty() : of(email.substring(at + 1));
	}

	private static boolean isValid(String name) {
		if (name == null || name.length() > MAX_LENGTH) {
			return false;
		}
		String[] labels = name.split("\\.", -1);
		if (labels.length < 2) {
			return false;
		}
		for (String label : labels) {
			if (!LABEL.matcher(label).matches()) {
				return false;
			}
		}
		// A last label of digits only would be an IPv4 address (or no real top-level domain).
		return !NUMERIC.matcher(labels[labels.length - 1]).matches();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
