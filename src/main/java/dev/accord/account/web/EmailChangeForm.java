package dev.accord.account.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.accord.account.PasswordPolicy;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Personal Profile's "Change email": the new address and the current password. After a refusal the
 * page is shown again through a redirect: the typed address and the field errors' message keys
 * travel as flash attributes (plain texts, which the session store can serialize).
 */
public class EmailChangeForm {

	static final String SHOWN = "emailChangeShown";

	static final String ERRORS = "emailChangeErrors";

	private String newEmail;

	private String password;

	/** The checks the service does not make: both fields given, the password of a possible length. */
	Map<String, String> missing() {
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.newEmail == null || this.newEmail.isBlank()) {
			errors.put("newEmail", "validation.required");
		}
		if (this.password == null || this.password.isEmpty()) {
			errors.put("password", "validation.required");
		}
		else if (this.password.length() > PasswordPolicy.MAX_LENGTH) {
			errors.put("password", "validation.tooLong");
		}
		return errors;
	}

	/** Adds the form (and its errors after a refusal) to the Personal Profile page's model. */
	@SuppressWarnings("unchecked")
	static void addTo(Model model) {
		EmailChangeForm form = new EmailChangeForm();
		Object shown = model.getAttribute(SHOWN);
		form.setNewEmail((shown instanceof String text) ? text : null);
		BindingResult result = new BeanPropertyBindingResult(form, "emailForm");
		if (model.getAttribute(ERRORS) instanceof Map<?, ?> errors) {
			((Map<String, String>) errors).forEach(result::rejectValue);
		}
		model.addAttribute("emailForm", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "emailForm", result);
	}

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
