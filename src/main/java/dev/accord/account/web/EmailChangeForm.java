package dev.accord.account.web;

import dev.accord.account.PasswordPolicy;
import dev.accord.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Personal Profile's "Change email": the new address and the current password. */
public class EmailChangeForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = EmailAddress.MAX_LENGTH, message = "{validation.tooLong}")
	@Pattern(regexp = EmailAddress.PATTERN, message = "{validation.email}")
	private String newEmail;

	@NotBlank(message = "{validation.required}")
	@Size(max = PasswordPolicy.MAX_LENGTH, message = "{validation.tooLong}")
	private String password;

	public String getNewEmail() {
		return this.newEmail;
	}

	public void setNewEmail(String newEmail) {
		this.newEmail = newEmail;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	@Override
	public String toString() {
		return "EmailChangeForm[" + this.newEmail + "]";
	}

}
