package dev.accord.invitation;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.accord.account.PasswordPolicy;
import dev.accord.platform.PlainText;
import dev.accord.platform.ValidationException;

/** What joining with a new account needs: both names, on one line each, and a password that meets the policy. */
final class NewAccountCheck {

	private NewAccountCheck() {
	}

	/** {@link ValidationException} naming every field that is missing or breaks its rule. */
	static void check(String password, String firstName, String lastName) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (firstName == null || firstName.isBlank()) {
			errors.put("firstName", "validation.required");
		}
		if (lastName == null || lastName.isBlank()) {
			errors.put("lastName", "validation.required");
		}
		if (!PlainText.isSingleLine(firstName)) {
			errors.put("firstName", "validation.singleLine");
		}
		if (!PlainText.isSingleLine(lastName)) {
			errors.put("lastName", "validation.singleLine");
		}
		PasswordPolicy.violation(password).ifPresent((key) -> errors.put("password", key));
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

}
