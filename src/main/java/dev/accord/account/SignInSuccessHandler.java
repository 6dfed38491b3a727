package dev.accord.account;

import java.io.IOException;

import dev.accord.platform.Languages;
import dev.accord.platform.TimeZones;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After sign-in: speak the person's language and show times in their zone from now on, then go
 * where they were going, or else where {@link SignInLanding} says (the context they used last). The
 * session keeps the browser's user agent and address, which the person's session list shows; the
 * browser is noted (a new one emails the person, see {@link TrustedDevices}).
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
			rememberDevice(request);
			this.accounts.find(user.id()).ifPresent((a) -> this.languages.use(a.language(), request, response));
			this.accounts.timeZone(user.id()).ifPresent((zone) -> TimeZones.use(zone, request));
			this.devices.signedIn(user.id(), request, response);
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	/** Keeps the browser's user agent and address with the session, for the person's session list. */
	static void rememberDevice(HttpServletRequest request) {
		HttpSession session = request.getSession();
		String userAgent = UserAgents.cut(request.getHeader("User-Agent"));
		if (userAgent != null) {
			session.setAttribute(SessionRegistry.USER_AGENT, userAgent);
		}
		String address = request.getRemoteAddr();
		if (address != null && address.length() <= 45) {
			session.setAttribute(SessionRegistry.ADDRESS, address);
		}
	}

}
