package dev.accord.account;

import java.io.IOException;

import dev.accord.platform.Languages;
import dev.accord.platform.TimeZones;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After sign-in: speak the person's language and show times in their zone from now on, note the
 * browser (a new one emails the person, see {@link TrustedDevices}), then go
 * where they were going, or else where {@link SignInLanding} says (the context they used last).
 */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final AccountService accounts;

	private final Languages languages;

	private final ObjectProvider<SignInLanding> landing;

	private final TrustedDevices devices;

	SignInSuccessHandler(AccountService accounts, Languages languages, ObjectProvider<SignInLanding> landing,
			TrustedDevices devices) {
		this.devices = devices;
		this.accounts = accounts;
		this.languages = languages;
		this.landing = landing;
		setDefaultTargetUrl("/dashboard");
	}

	/** Used only when no saved request says where the person was going. */
	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		SignInLanding landing = this.landing.getIfAvailable();
		if (landing != null && authentication.getPrincipal() instanceof AccordUser user) {
			return landing.landingPath(user.id());
		}
		return super.determineTargetUrl(request, response, authentication);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof AccordUser user) {
			this.accounts.find(user.id()).ifPresent((a) -> this.languages.use(a.language(), request, response));
			this.accounts.timeZone(user.id()).ifPresent((zone) -> TimeZones.use(zone, request));
			this.devices.signedIn(user.id(), request, response);
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
