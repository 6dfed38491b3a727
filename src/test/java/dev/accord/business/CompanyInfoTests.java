package dev.accord.business;

import java.util.regex.Pattern;

import dev.accord.platform.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Company information as the business account keeps it, and the formats the edges check with. */
class CompanyInfoTests {

	@Test
	void fieldsAreTrimmedAndTheCountryIsAnUpperCaseIsoCode() {
		CompanyInfo info = new CompanyInfo("  ACME GmbH ", " de ", " 10115 ", " +49 30 123456 ");

		assertThat(info).isEqualTo(new CompanyInfo("ACME GmbH", "DE", "10115", "+49 30 123456"));
	}

	@Test
	void anUnknownCountryIsRefusedOnTheCountryField() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> new CompanyInfo("ACME", "XX", "10115", "+49 30 123456"))
			.satisfies((ex) -> assertThat(ex.fieldErrors()).containsEntry("country", "validation.country"));
		assertThat(CompanyInfo.isCountry(null)).isFalse();
		assertThat(CompanyInfo.isCountry(" at ")).isTrue();
	}

	@Test
	void aCompanyNameIsOneLine() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> new CompanyInfo("ACME\nEvil", "DE", "10115", "+49 30 123456"))
			.satisfies((ex) -> assertThat(ex.fieldErrors()).containsEntry("companyName", "validation.singleLine"));
	}

	@Test
	void postcodesAreLettersDigitsSpacesAndHyphens() {
		Pattern postcode = Pattern.compile(CompanyInfo.POSTCODE_PATTERN);

		assertThat(postcode.matcher("SW1A 1AA").matches()).isTrue();
		assertThat(postcode.matcher("1010-A").matches()).isTrue();
		assertThat(postcode.matcher("<b>").matches()).isFalse();
	}

	@Test
	void phoneNumbersAreDigitsWithTheUsualSeparators() {
		Pattern phone = Pattern.compile(CompanyInfo.PHONE_PATTERN);

		assertThat(phone.matcher("+49 30 123456").matches()).isTrue();
		assertThat(phone.matcher("030 (123) 45.67/8-9").matches()).isTrue();
		assertThat(phone.matcher("call me").matches()).isFalse();
		assertThat(phone.matcher("1").matches()).isFalse();
	}

}
