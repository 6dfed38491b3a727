package dev.accord.account;

import java.util.Optional;

/**
 * The rule every new password meets, wherever it is chosen: sign-up, reset, change, joining
 * through an invitation and the API. Forms and API records apply it with {@link ValidPassword};
 * services that take a password by hand ask {@link #violation(String)}.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 128;

	/** The message key shown when a password breaks the rule. */
	public static final String LENGTH_MESSAGE = "validation.password.length";

	private PasswordPolicy() {
	}

	/** The message key of the rule this password breaks, or empty when it meets the policy. */
	public static Optional<String> violation(String password) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			return Optional.of(LENGTH_MESSAGE);
		}
		return Optional.empty();
	}

}
