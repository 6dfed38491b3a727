package dev.accord.invitation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.SignedInPages;
import dev.accord.support.ListSeeds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static dev.accord.invitation.Invites.invite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The users list and the pending invitations as lists people can navigate: Previous and Next with
 * "1–50 of 2,001", filters as removable chips with Clear filters, empty states that say what to do.
 */
@AccordIntegrationTest
class UsersListNavigationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	Person ana;

	UUID acme;

	@BeforeEach
	void anAccountWithAnAdministrator() {
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
	}

	@Test
	void theMemberListPagesForwardAndBackAndSaysWhereItIs() throws Exception {
		new ListSeeds(this.jdbc).members(this.acme, "m", 2000, Instant.parse("2026-01-01T00:00:00Z"));

		Document first = page("/business/" + this.acme + "/users");
		assertThat(first.select("#member-range").text()).isEqualTo("1–50 of 2,001");
		assertThat(first.select("#member-previous")).isEmpty();
		assertThat(first.select(".member-row")).hasSize(50);

		Document second = follow(first, "#member-next");
		assertThat(second.select("#member-range").text()).isEqualTo("51–100 of 2,001");
		assertThat(second.select(".member-email").eachText()).doesNotContainAnyElementsOf(emails(first));
		Document third = follow(second, "#member-next");
		assertThat(third.select("#member-range").text()).isEqualTo("101–150 of 2,001");

		Document backToSecond = follow(third, "#member-previous");
		assertThat(backToSecond.select("#member-range").text()).isEqualTo("51–100 of 2,001");
		assertThat(emails(backToSecond)).isEqualTo(emails(second));
		Document backToFirst = follow(backToSecond, "#member-previous");
		assertThat(backToFirst.select("#member-range").text()).isEqualTo("1–50 of 2,001");
		assertThat(emails(backToFirst)).isEqualTo(emails(first));
		assertThat(backToFirst.select("#member-previous")).isEmpty();
	}

	@Test
	void theLastPageHasNoNextAndTheNewestFirstOrderPagesBackToo() throws Exception {
		new ListSeeds(this.jdbc).members(this.acme, "m", 119, Instant.parse("2026-01-01T00:00:00Z"));
		String newest = "/business/" + this.acme + "/users?sort=NEWEST";

		Document first = page(newest);
		Document second = follow(first, "#member-next");
		Document last = follow(second, "#member-next");
		assertThat(last.select("#member-range").text()).isEqualTo("101–120 of 120");
		assertThat(last.select("#member-next")).isEmpty();
		assertThat(last.select(".member-row")).hasSize(20);
		assertThat(emails(follow(last, "#member-previous"))).isEqualTo(emails(second));
		assertThat(emails(first).get(0)).isEqualTo(this.ana.email());
	}

	@Test
	void filtersShowAsChipsThatEachRemoveTheirFilterAndClearFiltersRemovesAll() throws Exception {
		new ListSeeds(this.jdbc).members(this.acme, "m", 60, Instant.parse("2026-01-01T00:00:00Z"));

		Document filtered = page("/business/" + this.acme + "/users?q=m0001&role=REGULAR_MEMBER&status=ACTIVE&sort=NEWEST");
		assertThat(filtered.select(".chip")).hasSize(3);
		assertThat(filtered.select(".chip[data-filter=role]").text()).contains("Role").contains("Regular Member");
		assertThat(filtered.select(".chip[data-filter=q]").text()).contains("m0001");
		assertThat(filtered.select("#member-range").text()).isEqualTo("1–10 of 10");

		String withoutRole = filtered.select(".chip[data-filter=role]").attr("href");
		assertThat(withoutRole).contains("q=m0001").contains("status=ACTIVE").contains("sort=NEWEST").doesNotContain("role=");
		Document roleRemoved = page(withoutRole);
		assertThat(roleRemoved.select(".chip")).hasSize(2);
		assertThat(roleRemoved.select("#filter-role option[selected]")).isEmpty();

		String clear = filtered.select(".clear-filters").attr("href");
		assertThat(clear).isEqualTo("/business/" + this.acme + "/users?sort=NEWEST");
		Document cleared = page(clear);
		assertThat(cleared.select(".filter-chips")).isEmpty();
		assertThat(cleared.select("#member-range").text()).isEqualTo("1–50 of 61");
	}

	@Test
	void aSearchWithSpecialCharactersSurvivesTheChipsAndPagerLinks() throws Exception {
		Document page = page("/business/" + this.acme + "/users?q=a%2Bb%20%26%20c"
				+ "&role=ACCOUNT_ADMINISTRATOR");
		String withoutRole = page.select(".chip[data-filter=role]").attr("href");
		assertThat(withoutRole).isEqualTo("/business/" + this.acme + "/users?q=a%2Bb%20%26%20c");
		assertThat(page(withoutRole).select(".chip[data-filter=q]").text()).contains("a+b & c");
	}

	@Test
	void anEmptyFilteredListSaysSoAndOffersToClearTheFilters() throws Exception {
		Document page = page("/business/" + this.acme + "/users?q=nobody-here");

		Element empty = page.selectFirst("#members-empty");
		assertThat(empty).isNotNull();
		assertThat(empty.text()).contains("No members match these filters");
		assertThat(empty.select("a").attr("href")).isEqualTo("/business/" + this.acme + "/users");
		assertThat(page.select("#member-pager")).isEmpty();
	}

	@Test
	void noPendingInvitationsSaysHowToInvitePeople() throws Exception {
		Document page = page("/business/" + this.acme + "/users");

		Element empty = page.selectFirst("#pending-empty");
		assertThat(empty).isNotNull();
		assertThat(empty.text()).contains("No pending invitations").contains("Invite Users");
		assertThat(empty.select("a").attr("href")).isEqualTo("/business/" + this.acme + "/users/invite");
		assertThat(page.select("#pending-pager")).isEmpty();
	}

	@Test
	void pendingInvitationsPageForwardAndBackKeepingTheMemberFilters() throws Exception {
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < 55; i++) {
			emails.add(Api.uniqueEmail("p" + i));
		}
		assertThat(invite(emails).sentBy(this.api, this.ana, this.acme).status()).isEqualTo(200);

		Document first = page("/business/" + this.acme + "/users?role=ACCOUNT_ADMINISTRATOR");
		assertThat(first.select("#pending-range").text()).isEqualTo("1–50 of 55");
		assertThat(first.select("#pending-previous")).isEmpty();
		Document second = follow(first, "#pending-next");
		assertThat(second.select("#pending-range").text()).isEqualTo("51–55 of 55");
		assertThat(second.select(".pending-row")).hasSize(5);
		assertThat(second.select(".chip[data-filter=role]")).hasSize(1);
		Document back = follow(second, "#pending-previous");
		assertThat(back.select("#pending-range").text()).isEqualTo("1–50 of 55");
		assertThat(back.select(".pending-email").eachText()).isEqualTo(first.select(".pending-email").eachText());
	}

	@Test
	void anotherTenantsListIsNotFoundAndItsCursorsShowOnlyTheCallersOwnMembers() throws Exception {
		new ListSeeds(this.jdbc).members(this.acme, "m", 60, Instant.parse("2026-01-01T00:00:00Z"));
		Person bob = this.api.signUp("bob");
		UUID globex = this.api.createBusiness(bob, "Globex");
		String acmeNext = page("/business/" + this.acme + "/users").select("#member-next").attr("href");
		String cursor = acmeNext.replaceAll(".*[?&]cursor=([^&]+).*", "$1");

		assertThat(this.mvc.perform(get("/business/{id}/users", this.acme).with(user(Principals.of(bob))))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get("/business/" + this.acme + "/users?cursor=" + cursor).with(user(Principals.of(bob))))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		Document own = Jsoup.parse(this.mvc
			.perform(get("/business/" + globex + "/users?cursor=" + cursor).with(user(Principals.of(bob))))
			.andReturn().getResponse().getContentAsString());
		assertThat(own.select(".member-email").eachText()).containsExactly(bob.email());
	}

	@Test
	void aMalformedCursorIsABadRequest() throws Exception {
		assertThat(this.mvc.perform(get("/business/" + this.acme + "/users?cursor=bm90LWEtY3Vyc29y").with(user(Principals.of(this.ana))))
			.andReturn().getResponse().getStatus()).isEqualTo(400);
		assertThat(this.mvc.perform(get("/business/" + this.acme + "/users?pending=UDB8eA").with(user(Principals.of(this.ana))))
			.andReturn().getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void aNewBusinessDashboardExplainsRegisterKeyAndInviteUsers() throws Exception {
		Document dashboard = page("/business/" + this.acme + "/dashboard");

		Element start = dashboard.selectFirst("#get-started");
		assertThat(start).isNotNull();
		assertThat(start.text()).contains("Register Key").contains("Invite Users");
		assertThat(start.select("#start-invite").attr("href")).isEqualTo("/business/" + this.acme + "/users/invite");
		assertThat(start.select("#start-register").attr("href")).isEqualTo("#register-key");
		assertThat(dashboard.select("#register-key")).hasSize(1);
	}

	private static List<String> emails(Document page) {
		return page.select(".member-email").eachText();
	}

	private Document follow(Document page, String link) throws Exception {
		return new SignedInPages(this.mvc, this.ana).follow(page, link);
	}

	private Document page(String path) throws Exception {
		return new SignedInPages(this.mvc, this.ana).page(path);
	}

}
