package dev.accord.account;

import java.util.UUID;

/**
 * A rule, contributed by another module, that may refuse a person their password or passkey
 * sign-in (single sign-on's "Require SSO for verified domains"). It is asked only after the password
 * or passkey was right, so a refusal tells nothing about who has an account.
 */
public interface PasswordSignInPolicy {

	/** Whether this person must sign in through their company's identity provider instead. */
	boolean requiresCompanySignIn(UUID userId, String email);

}
