package dev.accord.account;

import java.io.IOException;

import dev.accord.platform.Languages;
import dev.accord.platform.TimeZones;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** After sign-in: speak the person's language and show times in their zone from now on, then go where they were going. */
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
			this.accounts.timeZone(user.id()).ifPresent((zone) -> TimeZones.use(zone, request));
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
