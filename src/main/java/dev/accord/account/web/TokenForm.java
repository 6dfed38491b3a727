package dev.accord.account.web;

import dev.accord.account.ApiTokenService;
import dev.accord.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The Create token form of the security settings: the token's name. */
public class TokenForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = ApiTokenService.MAX_NAME_LENGTH, message = "{validation.tooLong}")
	@SingleLine
	private String name;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
