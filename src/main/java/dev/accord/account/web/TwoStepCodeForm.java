package dev.accord.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A code from the authenticator app, or a recovery code when {@code recovery} is set. */
public class TwoStepCodeForm {

	/** Long enough for a recovery code with separators and spaces. */
	static final int MAX_CODE_LENGTH = 40;

	@NotBlank(message = "{validation.required}")
	@Size(max = MAX_CODE_LENGTH, message = "{twoStep.code.wrong}")
	private String code;

	private boolean recovery;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public boolean isRecovery() {
		return this.recovery;
	}

	public void setRecovery(boolean recovery) {
		this.recovery = recovery;
	}

	@Override
	public String toString() {
		return "TwoStepCodeForm[recovery=" + this.recovery + "]";
	}

}
