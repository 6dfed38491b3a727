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

	public Locale current(HttpServletRequest request) {
		return this.localeResolver.resolveLocale(request);
	}

}
