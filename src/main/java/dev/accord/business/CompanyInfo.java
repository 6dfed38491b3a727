package dev.accord.business;

import java.util.Locale;
import java.util.Set;

import dev.accord.platform.PlainText;
import dev.accord.platform.ValidationException;

/**
 * Company information of a business account. Sizes and formats are checked at the edge, by the
 * page form and the API records, with the limits and patterns declared here; the country must be
 * an ISO 3166 code.
 */
public record CompanyInfo(String companyName, String country, String postcode, String phone) {

	/** The most characters a company name may have. */
	public static final int MAX_COMPANY_NAME = 200;

	/** The most characters a postcode may have. */
	public static final int MAX_POSTCODE = 20;

	/** The most characters a business phone number may have. */
	public static final int MAX_PHONE = 30;

	/** Letters, digits, spaces and hyphens: what postcodes around the world are written with. */
	public static final String POSTCODE_PATTERN = "[\\p{L}\\p{N} -]*";

	/** An optional {@code +}, then digits with spaces, brackets, dots, slashes or hyphens between. */
	public static final String PHONE_PATTERN = "\\+?[0-9][0-9 ()./-]{3,28}[0-9]";

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
