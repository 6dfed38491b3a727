package dev.accord.business;

import java.util.Locale;
import java.util.Set;

import dev.accord.platform.PlainText;
import dev.accord.platform.ValidationException;

/**
 * Company information of a business account. Sizes and formats are checked at the edge; the
 * country must be an ISO 3166 code.
 */
public record CompanyInfo(String companyName, String country, String postcode, String phone) {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	public CompanyInfo {
		companyName = companyName.trim();
		country = country.trim().toUpperCase(Locale.ROOT);
		postcode = postcode.trim();
		phone = phone.trim();
		PlainText.requireSingleLine("companyName", companyName);
		if (!isCountry(country)) {
			throw ValidationException.of("country", "validation.country");
		}
	}

	public static boolean isCountry(String code) {
		return code != null && COUNTRIES.contains(code.trim().toUpperCase(Locale.ROOT));
	}

}
