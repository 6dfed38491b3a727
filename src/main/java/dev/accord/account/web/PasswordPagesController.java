package dev.accord.account.web;

import dev.accord.account.PasswordPolicy;
import dev.accord.account.PasswordResetService;
import dev.accord.account.ValidPassword;
import dev.accord.platform.ValidEmail;
import dev.accord.shared.EmailAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Forgot password and the reset link's page. */
@Controller
class PasswordPagesController {

	private final PasswordResetService resets;

	PasswordPagesController(PasswordResetService resets) {
		this.resets = resets;
	}

	@GetMapping("/forgot-password")
	String forgotPage(@ModelAttribute("forgotForm") ForgotForm form) {
		return "account/forgot-password";
	}

	@PostMapping("/forgot-password")
	String forgot(@Valid @ModelAttribute("forgotForm") ForgotForm form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return "account/forgot-password";
		}
		this.resets.request(form.getEmail());
		model.addAttribute("sent", true);
		return "account/forgot-password";
	}

	@GetMapping("/reset-password")
	String resetPage(@RequestParam(defaultValue = "") String token, @ModelAttribute("form") ResetForm form,
			Model model) {
		form.setToken(token);
		model.addAttribute("usable", this.resets.isUsable(token));
		return "account/reset-password";
	}

	@PostMapping("/reset-password")
	String reset(@Valid @ModelAttribute("form") ResetForm form, BindingResult result, Model model) {
		if (!result.hasErrors() && !form.getPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "validation.password.mismatch");
		}
		if (result.hasErrors()) {
			model.addAttribute("usable", this.resets.isUsable(form.getToken()));
			return "account/reset-password";
		}
		if (!this.resets.reset(form.getToken(), form.getPassword(), form.isRevokeTokens())) {
			model.addAttribute("usable", false);
			return "account/reset-password";
		}
		return "redirect:/signin?reset";
	}

	/** The Forgot password form: the address to send the link to. */
	public static class ForgotForm {

		@NotNull(message = "{validation.email}")
		@ValidEmail
		private String email;

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		/** The address as the page shows it again after an error: not at all when too long to be valid. */
		public String getShown() {
			return (this.email != null && this.email.length() > EmailAddress.MAX_LENGTH) ? "" : this.email;
		}

	}

	/** The reset link's form: the new password twice, and whether to revoke API tokens. */
	public static class ResetForm {

		@Size(max = 100)
		private String token;

		@NotBlank(message = "{validation.required}")
		@ValidPassword
		private String password;

		@NotBlank(message = "{validation.required}")
		@Size(max = PasswordPolicy.MAX_LENGTH, message = "{validation.tooLong}")
		private String confirmPassword;

		/** Checked by default: a reset usually means the password was stolen, and tokens with it. */
		private boolean revokeTokens = true;

		public boolean isRevokeTokens() {
			return this.revokeTokens;
		}

		public void setRevokeTokens(boolean revokeTokens) {
			this.revokeTokens = revokeTokens;
		}

		public String getToken() {
			return this.token;
		}

		public void setToken(String token) {
			this.token = token;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getConfirmPassword() {
			return this.confirmPassword;
		}

		public void setConfirmPassword(String confirmPassword) {
			this.confirmPassword = confirmPassword;
		}

	}

}
