package dev.accord.account.web;

import dev.accord.account.PasswordPolicy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Delete my account": the current password, and a two-step code when the person has one. */
public class LeavingForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = PasswordPolicy.MAX_LENGTH, message = "{validation.tooLong}")
	private String password;

	@Size(max = TwoStepCodeForm.MAX_CODE_LENGTH, message = "{validation.tooLong}")
	private String code;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	@Override
	public String toString() {
		return "LeavingForm";
	}

}
