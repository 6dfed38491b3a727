package dev.accord.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A code from the authenticator app, a recovery code when {@code recovery} is set, or a mailed code
 * when {@code byEmail} is; {@code trustDevice} asks to trust the browser.
 */
public class TwoStepCodeForm {

	/** Long enough for a recovery code with separators and spaces. */
	static final int MAX_CODE_LENGTH = 40;

	@NotBlank(message = "{validation.required}")
	@Size(max = MAX_CODE_LENGTH, message = "{twoStep.code.wrong}")
	private String code;

	private boolean recovery;

	/** A code mailed by "Email me a code instead". */
	private boolean byEmail;

	/** "Verify this device": trust this browser for 30 days once the code is right. */
	private boolean trustDevice;

	public boolean isByEmail() {
		return this.byEmail;
	}

	public void setByEmail(boolean byEmail) {
		this.byEmail = byEmail;
	}

	public boolean isTrustDevice() {
		return this.trustDevice;
	}

	public void setTrustDevice(boolean trustDevice) {
		this.trustDevice = trustDevice;
	}

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
		return "TwoStepCodeForm[recovery=" + this.recovery + ", byEmail=" + this.byEmail + "]";
	}

}
