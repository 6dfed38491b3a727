package dev.accord.account;

import dev.accord.shared.EmailAddress;
import dev.accord.shared.Language;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The personal part of every sign-up form, as bound from a page. */
public class SignUpForm {

	@NotBlank(message = "{validation.required}")
	@ValidPersonName
	private String firstName;

	@NotBlank(message = "{validation.required}")
	@ValidPersonName
	private String lastName;

	@NotBlank(message = "{validation.required}")
	@Size(max = EmailAddress.MAX_LENGTH, message = "{validation.tooLong}")
	@Pattern(regexp = EmailAddress.PATTERN, message = "{validation.email}")
	private String email;

	@NotBlank(message = "{validation.required}")
	@ValidPassword
	private String password;

	@Pattern(regexp = "[A-Za-z-]{2,10}", message = "{validation.language}")
	private String language = "en";

	public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	/** The command this form asks for. */
	public SignUp toSignUp() {
		return new SignUp(this.email, this.password, this.firstName, this.lastName, Language.fromTagOrDefault(this.language),
				false);
	}

}
