package dev.accord.audit;

import java.net.URI;
import java.time.Instant;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Activity as a list people can navigate: pages both ways with the range, a count capped at 10,000,
 * filters as chips with Clear filters, and what an empty log says.
 */
@AccordIntegrationTest
class ActivityListNavigationIntegrationTests {

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
	void activityPagesForwardAndBackAndSaysWhereItIs() throws Exception {
		new ListSeeds(this.jdbc).auditEntries(this.acme, 120, Instant.parse("2026-01-01T00:00:00Z"));
		long total = this.jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE business_account_id = ?",
				Long.class, this.acme);

		Document first = page(activity());
		assertThat(first.select("#activity-range").text()).isEqualTo("1–50 of " + total);
		assertThat(first.select("#activity-previous")).isEmpty();
		Document second = follow(first, "#activity-next");
		assertThat(second.select("#activity-range").text()).isEqualTo("51–100 of " + total);
		assertThat(times(second)).doesNotContainAnyElementsOf(times(first));
		Document back = follow(second, "#activity-previous");
		assertThat(back.select("#activity-range").text()).isEqualTo("1–50 of " + total);
		assertThat(sentences(back)).isEqualTo(sentences(first));
		assertThat(back.select("#activity-previous")).isEmpty();
	}

	@Test
	void aLogOfMoreThanTenThousandEntriesIsCountedOnlyThatFar() throws Exception {
		new ListSeeds(this.jdbc).auditEntries(this.acme, 10_001, Instant.parse("2026-01-01T00:00:00Z"));

		Document first = page(activity());
		assertThat(first.select("#activity-range").text()).isEqualTo("1–50 of more than 10,000");
		Document second = follow(first, "#activity-next");
		assertThat(second.select("#activity-range").text()).isEqualTo("51–100 of more than 10,000");
		assertThat(follow(second, "#activity-previous").select("#activity-range").text())
			.isEqualTo("1–50 of more than 10,000");
	}

	@Test
	void filtersShowAsChipsThatEachRemoveTheirFilterAndClearFiltersRemovesAll() throws Exception {
		new ListSeeds(this.jdbc).auditEntries(this.acme, 3, Instant.parse("2026-01-01T00:00:00Z"));
		Document filtered = page(activity() + "?action=MEMBER_JOINED&from=2025-12-31&to=2026-01-02");

		assertThat(filtered.select(".chip")).hasSize(3);
		Element action = filtered.selectFirst(".chip[data-filter=action]");
		assertThat(action.text()).contains("Action").contains("Member joined");
		assertThat(action.attr("href")).isEqualTo(activity() + "?from=2025-12-31&to=2026-01-02");
		assertThat(filtered.select("#activity-range").text()).isEqualTo("1–3 of 3");
		assertThat(filtered.select(".clear-filters").attr("href")).isEqualTo(activity());
		assertThat(page(action.attr("href")).select(".chip")).hasSize(2);
	}

	@Test
	void anEmptyLogSaysWhatWillAppearAndAFilterThatMatchesNothingOffersToClearIt() throws Exception {
		this.jdbc.update("DELETE FROM audit_event WHERE business_account_id = ?", this.acme);

		Element empty = page(activity()).selectFirst("#activity-none");
		assertThat(empty.text()).contains("No activity yet").contains("appear here as they happen");
		Element noMatch = page(activity() + "?action=KEY_DELETED").selectFirst("#activity-none");
		assertThat(noMatch.text()).contains("No entries match these filters");
		assertThat(noMatch.select("a").attr("href")).isEqualTo(activity());
	}

	@Test
	void anotherTenantsActivityIsNotFoundAndItsCursorsShowOnlyTheCallersOwnEntries() throws Exception {
		new ListSeeds(this.jdbc).auditEntries(this.acme, 60, Instant.parse("2026-01-01T00:00:00Z"));
		String cursor = page(activity()).select("#activity-next").attr("href").replaceAll(".*[?&]cursor=([^&]+).*", "$1");
		Person bob = this.api.signUp("bob");
		UUID globex = this.api.createBusiness(bob, "Globex");

		assertThat(this.mvc.perform(get(URI.create(activity() + "?cursor=" + cursor)).with(user(Principals.of(bob))))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		Document own = Jsoup.parse(this.mvc
			.perform(get(URI.create("/business/" + globex + "/activity?cursor=" + cursor)).with(user(Principals.of(bob))))
			.andReturn().getResponse().getContentAsString());
		assertThat(own.text()).doesNotContain("Seed Member");
	}

	private String activity() {
		return "/business/" + this.acme + "/activity";
	}

	private static List<String> times(Document page) {
		return page.select(".activity-when time").eachAttr("datetime");
	}

	private static List<String> sentences(Document page) {
		return page.select(".activity-sentence").eachText();
	}

	private Document follow(Document page, String link) throws Exception {
		return new SignedInPages(this.mvc, this.ana).follow(page, link);
	}

	private Document page(String path) throws Exception {
		return new SignedInPages(this.mvc, this.ana).page(path);
	}

}
