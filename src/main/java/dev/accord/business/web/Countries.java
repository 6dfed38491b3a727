package dev.accord.business.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The ISO 3166 countries with their names in a language, sorted for that language; built once per language. */
@Component("countryNames")
class Countries {

	private final Map<Locale, List<Country>> byLocale = new ConcurrentHashMap<>();

	List<Country> in(Locale locale) {
		return this.byLocale.computeIfAbsent(locale, Countries::build);
	}

	/** The country's name in the current request's language; templates call it as {@code @countryNames}. */
	public String name(String code) {
		return (code != null) ? new Locale("", code).getDisplayCountry(LocaleContextHolder.getLocale()) : "";
	}

	private static List<Country> build(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Arrays.stream(Locale.getISOCountries())
			.map((code) -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

	public record Country(String code, String name) {
	}

}
