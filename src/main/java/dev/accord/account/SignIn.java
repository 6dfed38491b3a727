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
 * Signs a person in from code (after sign-up or joining), with a fresh session id that keeps the
 * browser's user agent and address for the session list, as a sign-in through the form does.
 */
@Component
public class SignIn {

	private final UserAccounts accounts;

	private final SecurityContextRepository contexts;

	private final Languages languages;

	SignIn(UserAccounts accounts, SecurityContextRepository contexts, Languages languages) {
		this.accounts = accounts;
		this.contexts = contexts;
		this.languages = languages;
	}

	public void signIn(AccountView account, HttpServletRequest request, HttpServletResponse response) {
		AccordUser user = this.accounts.credentials(account.email()).orElseThrow();
		user.eraseCredentials();
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		SignInSuccessHandler.rememberDevice(request);
		this.languages.use(account.language(), request, response);
	}

}
