package dev.accord.domain.web;

import dev.accord.domain.DomainName;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Add domain": the name as typed; {@link DomainName#parse} checks the rest. */
public class DomainForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 4 * DomainName.MAX_LENGTH, message = "{domain.name.invalid}")
	private String name;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
