package dev.accord.platform;

import java.util.Locale;

import dev.accord.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Switches the language of the current session, e.g. after sign-in or a profile change. */
@Component
public class Languages {

	private final LocaleResolver localeResolver;

	Languages(LocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
	}

	public void use(Language language, HttpServletRequest request, HttpServletResponse response) {
		this.localeResolver.setLocale(request, response, language.locale());
	}

	/** Renders this request in the language, without changing the session's (e.g. the Join page). */
	public void useForThisRequest(Language language, HttpServletRequest request) {
		request.setAttribute(LanguageLocaleResolver.REQUEST_ATTRIBUTE, language);
		org.springframework.context.i18n.LocaleContextHolder.setLocale(language.locale());
	}

	public Locale current(HttpServletRequest request) {
		return this.localeResolver.resolveLocale(request);
	}

}
