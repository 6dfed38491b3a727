package dev.accord.e2e;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A newcomer in real Chromium: sign up, create a business account, switch contexts, edit, sign out and in. */
@AccordIntegrationTest
class SignUpAndSwitchContextIntegrationTests {

	@Autowired
	Api api;

	@Test
	void aPersonSignsUpCreatesABusinessAccountAndSwitchesBetweenContexts() throws Exception {
		String email = Api.uniqueEmail("ana");
		try (Browser browser = Browser.open(this.api.baseUrl())) {
			browser.go("/");
			browser.click("#signup-link");
			browser.type("#firstName", "Ana");
			browser.type("#lastName", "Silva");
			browser.type("#email", email);
			browser.type("#password", "short");
			browser.click("#signup-submit");
			assertThat(browser.text("#password-error")).isEqualTo("Use between 10 and 128 characters.");
			browser.type("#password", Api.PASSWORD);
			browser.click("#signup-submit");

			browser.awaitUrlContains("/dashboard");
			assertThat(browser.title()).isEqualTo("Dashboard · Accord My Account");
			assertThat(browser.text("#context-label")).isEqualTo("Personal account");

			browser.click("#account-switcher summary");
			browser.clickText("Create business account");
			browser.type("#companyName", "ACME Corporation");
			browser.select("#country", "Germany");
			browser.type("#postcode", "10115");
			browser.type("#phone", "+49 30 1234567");
			browser.click("#business-submit");

			browser.awaitUrlContains("/dashboard");
			assertThat(browser.text("#context-label")).isEqualTo("ACME Corporation");
			assertThat(browser.text("#role")).isEqualTo("Account Administrator");

			browser.click("#account-switcher summary");
			browser.click("#switch-personal");
			browser.awaitText("#context-label", "Personal account");
			assertThat(browser.pageText()).doesNotContain("Business Profile");

			browser.click("#account-switcher summary");
			browser.clickText("ACME Corporation");
			browser.awaitText("#context-label", "ACME Corporation");

			browser.clickText("Business Profile");
			assertThat(browser.text("#membership-role")).isEqualTo("Account Administrator");
			browser.click("#edit-company");
			browser.find("#edit-company-dialog");
			browser.type("#companyName", "");
			browser.click("#edit-company-save");
			assertThat(browser.text("#companyName-error")).isEqualTo("Fill in this field.");
			browser.type("#companyName", "ACME Europe");
			browser.click("#edit-company-save");
			browser.awaitText("#company-name", "ACME Europe");

			browser.click("#user-menu summary");
			browser.click("#logout");
			browser.awaitUrlContains("/signin");
			browser.type("#email", email.toUpperCase());
			browser.type("#password", Api.PASSWORD);
			browser.click("#signin-submit");
			// Signing in again lands in the context used last; the personal Dashboard lists the account.
			browser.awaitText("#context-label", "ACME Europe");
			browser.click("#account-switcher summary");
			browser.click("#switch-personal");
			assertThat(browser.text("#business-accounts")).contains("ACME Europe", "Account Administrator");
		}
	}

}
