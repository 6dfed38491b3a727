package dev.accord.account.web;

import dev.accord.account.ApiTokenService;
import dev.accord.account.TokenExpiry;
import dev.accord.account.TokenScope;
import dev.accord.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The Create token form of the security settings: the token's name, its expiry (7, 30, 90 days,
 * none, or {@code date} with {@link #getExpiryDate()}) and its scope.
 */
public class TokenForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = ApiTokenService.MAX_NAME_LENGTH, message = "{validation.tooLong}")
	@SingleLine
	private String name;

	private String expiry = "90";

	@Size(max = 10, message = "{validation.date}")
	private String expiryDate;

	private String scope = TokenScope.FULL.name();

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getExpiry() {
		return this.expiry;
	}

	public void setExpiry(String expiry) {
		this.expiry = expiry;
	}

	public String getExpiryDate() {
		return this.expiryDate;
	}

	public void setExpiryDate(String expiryDate) {
		this.expiryDate = expiryDate;
	}

	public String getScope() {
		return this.scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	/** The chosen scope, or null when the form sent an unknown one. */
	TokenScope scopeOrNull() {
		for (TokenScope candidate : TokenScope.values()) {
			if (candidate.name().equals(this.scope)) {
				return candidate;
			}
		}
		return null;
	}

	/** The choices of the expiry field, in the order they are offered. */
	public static java.util.List<String> expiryChoices() {
		java.util.List<String> choices = new java.util.ArrayList<>();
		TokenExpiry.DAY_CHOICES.forEach((days) -> choices.add(days.toString()));
		choices.add(TokenExpiry.NONE);
		choices.add(TokenExpiry.DATE);
		return choices;
	}

}
