package dev.accord.e2e;

import java.time.Instant;
import java.util.UUID;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Browser;
import dev.accord.support.ListSeeds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium: the users list with filter chips and the pager fits a phone and a desktop
 * without sideways scroll or an axe-core violation; Next, Previous and the chips work through htmx,
 * and the browser's Back button returns to the page before.
 */
@AccordIntegrationTest
class ListNavigationIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFilteredUsersListWithChipsAndPagerFitsPhoneAndDesktopAndPassesAxe() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME Corporation");
		new ListSeeds(this.jdbc).members(acme, "member", 120, Instant.parse("2026-01-01T00:00:00Z"));

		try (Browser browser = Browser.open(this.api.baseUrl())) {
			browser.signIn(ana.email(), Api.PASSWORD);
			browser.go("/business/" + acme + "/users?q=member&role=REGULAR_MEMBER&status=ACTIVE&sort=OLDEST");
			browser.awaitText("#member-range", "1–50 of 120");
			assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".chip"))).hasSize(3);
			browser.resize(1280, 900);
			browser.assertNoHorizontalOverflow();
			browser.assertAccessible();
			browser.resize(390, 844);
			browser.assertAccessible();
			browser.assertNoHorizontalOverflow();
		}
	}

	@Test
	void nextPreviousAndChipsWorkThroughHtmxAndBackReturnsToThePageBefore() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME Corporation");
		new ListSeeds(this.jdbc).members(acme, "member", 120, Instant.parse("2026-01-01T00:00:00Z"));

		try (Browser browser = Browser.open(this.api.baseUrl())) {
			browser.signIn(ana.email(), Api.PASSWORD);
			browser.go("/business/" + acme + "/users?role=REGULAR_MEMBER");
			browser.awaitText("#member-range", "1–50 of 120");
			browser.click("#member-next");
			browser.awaitText("#member-range", "51–100 of 120");
			browser.awaitUrlContains("cursor=");
			browser.click("#member-previous");
			browser.awaitText("#member-range", "1–50 of 120");

			browser.click(".chip[data-filter=role]");
			browser.awaitText("#member-range", "1–50 of 121");
			assertThat(browser.url()).doesNotContain("role=");
			browser.driver().navigate().back();
			browser.awaitText("#member-range", "1–50 of 120");
			assertThat(browser.url()).contains("role=REGULAR_MEMBER");
		}
	}

}
