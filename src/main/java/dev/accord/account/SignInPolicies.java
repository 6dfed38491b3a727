package dev.accord.account;

import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Asks every {@link PasswordSignInPolicy} after a right password or passkey: the form, the API's
 * tokens, joining an invitation with a password and passkeys all go through here.
 */
@Component
public class SignInPolicies {

	private final ObjectProvider<PasswordSignInPolicy> policies;

	SignInPolicies(ObjectProvider<PasswordSignInPolicy> policies) {
		this.policies = policies;
	}

	/** Refuses the password (or passkey) of a person who must use their company's sign-in. */
	public void checkPasswordSignIn(UUID userId, String email) {
		if (this.policies.orderedStream().anyMatch((p) -> p.requiresCompanySignIn(userId, email))) {
			throw new SsoRequiredException();
		}
	}

	/** As {@link #checkPasswordSignIn}, as an authentication failure for Spring Security's filters. */
	void checkAuthentication(AccordUser user) {
		try {
			checkPasswordSignIn(user.id(), user.getUsername());
		}
		catch (SsoRequiredException ex) {
			throw new CompanySignInRequired();
		}
	}

	/** A right password or passkey, refused because the person must use their company's sign-in. */
	public static final class CompanySignInRequired extends AuthenticationException {

		CompanySignInRequired() {
			super("Company sign-in required");
		}

	}

}
