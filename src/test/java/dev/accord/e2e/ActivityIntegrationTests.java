package dev.accord.e2e;

import java.util.UUID;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** In real Chromium: an administrator changes a role, then reads that change on the Activity page. */
@AccordIntegrationTest
class ActivityIntegrationTests {

	@Autowired
	Api api;

	@Test
	void anAdministratorChangesARoleAndReadsTheEntryInActivity() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME Corporation");
		this.api.inviteAndJoin(ana, acme, "bob");

		try (Browser browser = Browser.open(this.api.baseUrl())) {
			browser.signIn(ana.email(), Api.PASSWORD);
			browser.go("/business/" + acme + "/users");
			browser.clickText("bob Member");
			browser.find("#member-dialog");
			browser.select("#role", "Account Administrator");
			browser.clickText("Save");
			browser.awaitText("#member-done", "Saved the membership of bob Member.");
			browser.clickText("Close");
			browser.awaitText("#member-list", "Account Administrator");

			browser.clickText("Business Profile");
			browser.clickText("Activity");
			browser.awaitText("h1", "Activity");
			assertThat(browser.text(".activity-row .activity-sentence"))
				.isEqualTo("ana Tester changed bob Member's role from Regular Member to Account Administrator");
			assertThat(browser.text(".activity-row .activity-details")).contains("Role")
				.contains("Regular Member")
				.contains("Account Administrator");
			assertThat(browser.text(".activity-row .activity-ip")).isNotBlank();

			browser.select("#filter-action", "Member joined");
			browser.click("#filter-submit");
			browser.awaitText(".activity-row .activity-sentence", "bob Member joined the business account as Regular Member");
			assertThat(browser.text("#activity-list")).doesNotContain("changed bob Member's role");
		}
	}

}
