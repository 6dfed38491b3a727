package dev.accord.invitation.web;

import java.util.Optional;

import dev.accord.account.PasswordPolicy;
import dev.accord.account.PersonName;
import dev.accord.platform.PlainText;
import org.springframework.validation.BindingResult;

/** The new-account fields: names and a password typed twice. */
final class NewAccountChecks {

	private NewAccountChecks() {
	}

	static void check(JoinForm form, BindingResult result) {
		required(result, "firstName", form.getFirstName(), PersonName.MAX_LENGTH);
		required(result, "lastName", form.getLastName(), PersonName.MAX_LENGTH);
		String password = form.getPassword();
		Optional<String> weak = PasswordPolicy.violation(password);
		if (password == null || password.isEmpty()) {
			result.rejectValue("password", "validation.required");
		}
		else if (weak.isPresent()) {
			result.rejectValue("password", weak.get());
		}
		else if (!password.equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "validation.password.mismatch");
		}
	}

	private static void required(BindingResult result, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			result.rejectValue(field, "validation.required");
		}
		else if (value.length() > max) {
			result.rejectValue(field, "validation.tooLong.at", new Object[] { max }, null);
		}
		else if (!PlainText.isSingleLine(value)) {
			result.rejectValue(field, "validation.singleLine");
		}
	}

}
