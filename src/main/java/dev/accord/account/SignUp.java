package dev.accord.account;

import dev.accord.platform.PlainText;
import dev.accord.shared.Language;

/**
 * What a new personal account needs; the email is normalized by the service.
 *
 * @param emailVerified whether the address is already proven (e.g. by an invitation link)
 */
public record SignUp(String email, String password, String firstName, String lastName, Language language,
		boolean emailVerified) {

	public SignUp {
		PlainText.requireSingleLine("firstName", firstName);
		PlainText.requireSingleLine("lastName", lastName);
	}

	@Override
	public String toString() {
		return "SignUp[" + this.email + "]";
	}

}
