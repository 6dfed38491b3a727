package dev.accord.account.web;

import dev.accord.account.PasswordPolicy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The password and a code, which new recovery codes and turning two-step verification off ask for. */
public class TwoStepIdentityForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = PasswordPolicy.MAX_LENGTH, message = "{validation.tooLong}")
	private String password;

	@NotBlank(message = "{validation.required}")
	@Size(max = TwoStepCodeForm.MAX_CODE_LENGTH, message = "{twoStep.code.wrong}")
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
		return "TwoStepIdentityForm[…]";
	}

}
