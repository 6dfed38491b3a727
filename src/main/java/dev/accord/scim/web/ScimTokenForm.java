package dev.accord.scim.web;

import dev.accord.platform.SingleLine;
import dev.accord.scim.ScimTokens;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The Create token form of the User Provisioning (SCIM) page: the token's name, one line. */
public class ScimTokenForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = ScimTokens.MAX_NAME_LENGTH, message = "{validation.tooLong}")
	@SingleLine
	private String name;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
