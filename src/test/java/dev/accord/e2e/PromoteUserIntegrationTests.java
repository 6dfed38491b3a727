package dev.accord.e2e;

import java.time.Duration;
import java.util.UUID;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walkthrough's second half in real Chromium: promote a user through the membership dialog;
 * the promoted user, signed in all along, has the new rights on their next click.
 */
@AccordIntegrationTest
class PromoteUserIntegrationTests {

	@Autowired
	Api api;

	@Test
	void anAdministratorPromotesAUserWhoGetsTheRightsWithoutSigningOut() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME Corporation");
		Person bob = this.api.inviteAndJoin(ana, acme, "bob");

		try (Browser bobsBrowser = Browser.open(this.api.baseUrl());
				Browser anasBrowser = Browser.open(this.api.baseUrl())) {
			bobsBrowser.signIn(bob.email(), Api.PASSWORD);
			bobsBrowser.go("/business/" + acme + "/profile");
			assertThat(bobsBrowser.text("#membership-role")).isEqualTo("Regular Member");
			assertThat(bobsBrowser.pageText()).doesNotContain("Users");

			anasBrowser.signIn(ana.email(), Api.PASSWORD);
			anasBrowser.go("/business/" + acme + "/dashboard");
			anasBrowser.clickText("Business Profile");
			anasBrowser.clickText("Users");
			anasBrowser.awaitText("h1", "Business Account Users");
			// 1. Click the username you want to promote. 2. The membership dialog opens.
			anasBrowser.clickText("bob Member");
			anasBrowser.find("#member-dialog");
			assertThat(anasBrowser.text("#member-email")).isEqualTo(bob.email());
			// 3. Click the Role drop-down and select Account Administrator.
			anasBrowser.select("#role", "Account Administrator");
			// 4. Use the Notes box to enter a note and click Save.
			anasBrowser.type("#notes", "Runs IT for the Berlin office");
			anasBrowser.clickText("Save");
			anasBrowser.awaitText("#member-done", "Saved the membership of bob Member.");
			// Closing the dialog refreshes the list behind it.
			anasBrowser.clickText("Close");
			new WebDriverWait(anasBrowser.driver(), Duration.ofSeconds(10)).until((driver) -> "Account Administrator"
				.equals(anasBrowser.js().executeScript("var row = [...document.querySelectorAll('.member-row')]"
						+ ".find(r => r.textContent.includes(arguments[0])); return row && row.querySelector('.member-role').textContent",
						bob.email())));

			// The promoted user, still signed in, opens Business Account Users on the next click.
			bobsBrowser.go("/business/" + acme + "/profile");
			assertThat(bobsBrowser.text(".role-notice")).contains("Account Administrator");
			bobsBrowser.clickText("Users");
			bobsBrowser.awaitText("h1", "Business Account Users");
			assertThat(bobsBrowser.text("#member-list")).contains(ana.email(), bob.email());
		}
	}

}
