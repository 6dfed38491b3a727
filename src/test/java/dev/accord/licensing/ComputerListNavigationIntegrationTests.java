package dev.accord.licensing;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.SignedInPages;
import dev.accord.support.ListSeeds;
import dev.accord.support.MutableClock;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Registered computers as a list people can navigate: pages both ways, the range, status chips, empty states. */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@computer-lists.example")
class ComputerListNavigationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Autowired
	ProvisioningService provisioning;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Person ana;

	UUID acme;

	UUID keyId;

	UUID subscriptionId;

	@BeforeEach
	void anAdministratorRegistersAKey() throws Exception {
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		String primary = this.provisioning.provision(operator(), null, "Accord Desktop", 500, today, today.plusDays(365))
			.primaryKey();
		this.mvc.perform(post("/business/{id}/license-keys/register", this.acme).with(user(Principals.of(this.ana)))
			.with(csrf()).param("key", primary));
		LicensingFixtures fixtures = new LicensingFixtures(this.api, this.clock, null, this.acme, this.ana);
		this.keyId = UUID.fromString(fixtures.keyId(primary));
		this.subscriptionId = UUID.fromString((String) fixtures.subscriptions().get(0).get("id"));
	}

	@Test
	void computersPageForwardAndBackAndSayWhereTheyAre() throws Exception {
		List<String> names = new ListSeeds(this.jdbc).computers(this.keyId, this.subscriptionId, 120,
				Instant.parse("2026-01-01T00:00:00Z"));

		Document first = page(computers());
		assertThat(first.select("#computer-range").text()).isEqualTo("1–50 of 120");
		assertThat(first.select("#computer-previous")).isEmpty();
		assertThat(names(first)).isEqualTo(names.subList(0, 50));
		Document second = follow(first, "#computer-next");
		assertThat(second.select("#computer-range").text()).isEqualTo("51–100 of 120");
		assertThat(names(second)).isEqualTo(names.subList(50, 100));
		Document third = follow(second, "#computer-next");
		assertThat(third.select("#computer-range").text()).isEqualTo("101–120 of 120");
		assertThat(third.select("#computer-next")).isEmpty();
		Document back = follow(third, "#computer-previous");
		assertThat(names(back)).isEqualTo(names.subList(50, 100));
		assertThat(names(follow(back, "#computer-previous"))).isEqualTo(names.subList(0, 50));
	}

	@Test
	void chosenColumnsStayInThePagerLinksAndAStatusFilterIsAChipThatRemovesIt() throws Exception {
		new ListSeeds(this.jdbc).computers(this.keyId, this.subscriptionId, 60, Instant.parse("2026-01-01T00:00:00Z"));
		Document withColumns = page(computers() + "?cols=notes");
		assertThat(withColumns.select(".filter-chips")).isEmpty();
		assertThat(withColumns.select("#computer-next").attr("href")).contains("cols=notes").contains("cursor=");

		Document filtered = page(computers() + "?status=DEACTIVATED&cols=notes");
		Element chip = filtered.selectFirst(".chip[data-filter=status]");
		assertThat(chip).isNotNull();
		assertThat(chip.text()).contains("Status").contains("Deactivated");
		assertThat(filtered.select("#computers-empty").text()).contains("No computers of this key match the filter");
		assertThat(chip.attr("href")).isEqualTo(computers() + "?cols=notes");
		assertThat(filtered.select(".clear-filters").attr("href")).isEqualTo(computers() + "?cols=notes");
		assertThat(page(chip.attr("href")).select("#computer-range").text()).isEqualTo("1–50 of 60");
	}

	@Test
	void aKeyWithoutComputersSaysHowTheyAppear() throws Exception {
		Document page = page(computers());

		Element empty = page.selectFirst("#computers-empty");
		assertThat(empty).isNotNull();
		assertThat(empty.text()).contains("No computers are activated with this key")
			.contains("once the software on it is activated with this license key");
		assertThat(page.select("#computer-pager")).isEmpty();
		assertThat(page.select(".filter-chips")).isEmpty();
	}

	@Test
	void anotherTenantsComputersAreNotFound() throws Exception {
		new ListSeeds(this.jdbc).computers(this.keyId, this.subscriptionId, 60, Instant.parse("2026-01-01T00:00:00Z"));
		String cursor = page(computers()).select("#computer-next").attr("href").replaceAll(".*[?&]cursor=([^&]+).*", "$1");
		Person bob = this.api.signUp("bob");
		UUID globex = this.api.createBusiness(bob, "Globex");

		assertThat(status(bob, computers())).isEqualTo(404);
		assertThat(status(bob, computers() + "?cursor=" + cursor)).isEqualTo(404);
		assertThat(status(bob, "/business/" + globex + "/license-keys/" + this.keyId + "/computers?cursor=" + cursor))
			.isEqualTo(404);
	}

	private String computers() {
		return "/business/" + this.acme + "/license-keys/" + this.keyId + "/computers";
	}

	private static List<String> names(Document page) {
		return page.select(".computer-name").eachText();
	}

	private int status(Person who, String path) throws Exception {
		return this.mvc.perform(get(URI.create(path)).with(user(Principals.of(who)))).andReturn().getResponse().getStatus();
	}

	private Document follow(Document page, String link) throws Exception {
		return new SignedInPages(this.mvc, this.ana).follow(page, link);
	}

	private Document page(String path) throws Exception {
		return new SignedInPages(this.mvc, this.ana).page(path);
	}

	private UUID operator() {
		var token = this.api.post("/api/v1/tokens",
				Map.of("email", "operator@computer-lists.example", "password", Api.PASSWORD, "name", "t"), null);
		if (token.status() != 201) {
			this.api.post("/api/v1/signup", Map.of("email", "operator@computer-lists.example", "password",
					Api.PASSWORD, "firstName", "Op", "lastName", "Erator", "language", "en"), null).succeeded();
			token = this.api.post("/api/v1/tokens",
					Map.of("email", "operator@computer-lists.example", "password", Api.PASSWORD, "name", "t"), null);
		}
		return UUID.fromString((String) this.api.get("/api/v1/me", (String) token.map().get("token")).map().get("id"));
	}

}
