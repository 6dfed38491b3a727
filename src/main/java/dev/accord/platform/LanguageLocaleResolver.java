package dev.accord.platform;

import java.util.Locale;

import dev.accord.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request: one set for this request only (e.g. an invitation's), else the one chosen for this session (a signed-in person's preference
 * is placed here at sign-in), else the closest of the browser's languages, else English.
 */
class LanguageLocaleResolver implements LocaleResolver {

	static final String SESSION_ATTRIBUTE = LanguageLocaleResolver.class.getName() + ".LANGUAGE";

	static final String REQUEST_ATTRIBUTE = LanguageLocaleResolver.class.getName() + ".REQUEST_LANGUAGE";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof Language language) {
			return language.locale();
		}
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof String tag) {
			return Language.fromTagOrDefault(tag).locale();
		}
		var browser = request.getLocales();
		while (browser.hasMoreElements()) {
			var match = Language.closest(browser.nextElement());
			if (match.isPresent()) {
				return match.get().locale();
			}
		}
		return Language.EN.locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Language language = Language.closest(locale).orElse(Language.EN);
		request.getSession().setAttribute(SESSION_ATTRIBUTE, language.tag());
	}

}
