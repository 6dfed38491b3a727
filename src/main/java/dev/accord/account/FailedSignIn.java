package dev.accord.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * After a failed sign-in the page shows the email typed again (never the password). It is kept in
 * the session for the one page that follows, for every failure alike — unknown email, wrong
 * password, throttled — so the page says nothing more about the account than before.
 */
public final class FailedSignIn {

	static final String EMAIL = FailedSignIn.class.getName() + ".EMAIL";

	private static final int MAX_EMAIL_LENGTH = 254;

	private FailedSignIn() {
	}

	static void rememberEmail(HttpServletRequest request) {
		String email = request.getParameter("email");
		if (email != null && !email.isBlank() && email.length() <= MAX_EMAIL_LENGTH) {
			request.getSession().setAttribute(EMAIL, email.strip());
		}
	}

	/** The email typed in the failed attempt just before, once; null when there is none. */
	public static String takeEmail(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(EMAIL) instanceof String email)) {
			return null;
		}
		session.removeAttribute(EMAIL);
		return email;
	}

}
