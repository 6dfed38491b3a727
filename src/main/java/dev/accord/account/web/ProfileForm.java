package dev.accord.account.web;

import dev.accord.account.ValidPersonName;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The Personal Profile form: name, language and time zone. */
public class ProfileForm {

	@NotBlank(message = "{validation.required}")
	@ValidPersonName
	private String firstName;

	@NotBlank(message = "{validation.required}")
	@ValidPersonName
	private String lastName;

	@Pattern(regexp = "[A-Za-z-]{2,10}", message = "{validation.language}")
	private String language;

	private String timeZone;

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

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

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

}
