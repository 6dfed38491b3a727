package dev.accord.account.web;

import dev.accord.account.PasswordPolicy;
import dev.accord.account.ValidPassword;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The change-password form of the security settings. */
public class PasswordForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = PasswordPolicy.MAX_LENGTH, message = "{validation.tooLong}")
	private String currentPassword;

	@NotBlank(message = "{validation.required}")
	@ValidPassword
	private String newPassword;

	@Size(max = PasswordPolicy.MAX_LENGTH, message = "{validation.tooLong}")
	private String confirmNewPassword;

	public String getConfirmNewPassword() {
		return this.confirmNewPassword;
	}

	public void setConfirmNewPassword(String confirmNewPassword) {
		this.confirmNewPassword = confirmNewPassword;
	}

	/** Whether the new password was typed the same way twice. */
	public boolean confirmed() {
		return this.newPassword != null && this.newPassword.equals(this.confirmNewPassword);
	}

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

}
