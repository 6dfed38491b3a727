package dev.accord.account;

import java.io.IOException;

import dev.accord.platform.Languages;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** After sign-in: speak the person's language from now on, then go where they were going. */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final AccountService accounts;

	private final Languages languages;

	SignInSuccessHandler(AccountService accounts, Languages languages) {
		this.accounts = accounts;
		this.languages = languages;
		setDefaultTargetUrl("/dashboard");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof AccordUser user) {
			this.accounts.find(user.id()).ifPresent((a) -> this.languages.use(a.language(), request, response));
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
