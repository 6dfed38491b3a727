package dev.accord.account;

import dev.accord.platform.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in from code (after sign-up or joining), with a fresh session id; a person with
 * two-step verification only passes the first step and is asked the second at
 * {@link TwoStepSignIn#PAGE}.
 */
@Component
public class SignIn {

	private final UserAccounts accounts;

	private final SecurityContextRepository contexts;

	private final Languages languages;

	private final TwoStepSignIn twoStep;

	private final TrustedDevices devices;

	SignIn(UserAccounts accounts, SecurityContextRepository contexts, Languages languages, TwoStepSignIn twoStep,
			TrustedDevices devices) {
		this.devices = devices;
		this.accounts = accounts;
		this.twoStep = twoStep;
		this.contexts = contexts;
		this.languages = languages;
	}

	/** Signs the person in and returns true, or, when they have two-step verification, returns false: go to {@link TwoStepSignIn#PAGE}. */
	public boolean signIn(AccountView account, HttpServletRequest request, HttpServletResponse response) {
		this.languages.use(account.language(), request, response);
		if (this.twoStep.required(account.id())) {
			this.twoStep.begin(request, account.id());
			return false;
		}
		AccordUser user = this.accounts.credentials(account.email()).orElseThrow();
		user.eraseCredentials();
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		this.devices.signedIn(user.id(), request, response);
		return true;
	}

}
