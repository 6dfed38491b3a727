package dev.accord.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class PasswordForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 128, message = "{validation.tooLong}")
	private String currentPassword;

	@NotBlank(message = "{validation.required}")
	@Size(min = 10, max = 128, message = "{validation.password.length}")
	private String newPassword;

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
