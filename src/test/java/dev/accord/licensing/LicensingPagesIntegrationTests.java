package dev.accord.licensing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Register Key, Create License Key, the key page and registered computers, through the pages. */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@pages.example")
class LicensingPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Autowired
	ProvisioningService provisioning;

	@Autowired
	DeviceService devices;

	@Autowired
	MutableClock clock;

	Person ana;

	UUID acme;

	String primary;

	@BeforeEach
	void anAdministratorRegistersAKey() throws Exception {
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		this.primary = this.provisioning.provision(operator(), null, "Accord Desktop", 5, today, today.plusDays(365))
			.primaryKey();
		this.mvc.perform(post("/business/{id}/license-keys/register", this.acme).with(user(Principals.of(this.ana)))
			.with(csrf()).param("key", this.primary))
			.andExpect(redirectedUrl("/business/" + this.acme + "/dashboard"));
	}

	@Test
	void theDashboardShowsSeatUsageAndRegisterKeyToAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/business/{id}/dashboard", this.acme).with(user(Principals.of(this.ana))))
			.andExpect(content().string(containsString("id=\"subscription-summary\"")))
			.andExpect(content().string(containsString("Accord Desktop")))
			.andExpect(content().string(containsString("id=\"register-key-form\"")));
		this.mvc.perform(post("/business/{id}/license-keys/register", this.acme).with(user(Principals.of(this.ana)))
			.with(csrf()).param("key", "ACRD-NOT-A-KEY"))
			.andExpect(redirectedUrl("/business/" + this.acme + "/dashboard"));

		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		this.mvc.perform(get("/business/{id}/dashboard", this.acme).with(user(Principals.of(bob))))
			.andExpect(content().string(not(containsString("id=\"licensing\""))));
		this.mvc.perform(get("/business/{id}/subscriptions", this.acme).with(user(Principals.of(bob))))
			.andExpect(status().isForbidden());
	}

	@Test
	void createLicenseKeyShowsErrorsNextToTheFieldsAndThenTheKey() throws Exception {
		UUID subscription = subscriptionId();

		this.mvc.perform(post("/business/{id}/subscriptions/{sid}/keys/new", this.acme, subscription)
			.with(user(Principals.of(this.ana))).with(csrf()).param("name", "Berlin").param("limit", "9")
			.param("type", "RESERVED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"limit-error\"")));
		this.mvc.perform(post("/business/{id}/subscriptions/{sid}/keys/new", this.acme, subscription)
			.with(user(Principals.of(this.ana))).with(csrf()).param("name", "Berlin").param("limit", "2")
			.param("type", "RESERVED"))
			.andExpect(redirectedUrlPattern("/business/" + this.acme + "/license-keys/*"))
			.andExpect(flash().attribute("notice", "licensing.key.created"));
		String newKey = this.mvc.perform(get("/business/{id}/subscriptions/{sid}/keys/new", this.acme, subscription)
			.with(user(Principals.of(this.ana)))).andReturn().getResponse().getContentAsString();
		assertThat(newKey).contains("id=\"new-key-cancel\"", "href=\"/business/" + this.acme + "/subscriptions\"");
		var created = this.mvc.perform(post("/business/{id}/subscriptions/{sid}/keys/new", this.acme, subscription)
			.with(user(Principals.of(this.ana))).with(csrf()).param("name", "Paris").param("limit", "1"))
			.andExpect(flash().attribute("noticeArgument", "Paris"))
			.andReturn().getResponse();
		this.mvc.perform(get(created.getRedirectedUrl()).cookie(created.getCookie("SESSION")).with(user(Principals.of(this.ana))))
			.andExpect(content().string(containsString("License key &quot;Paris&quot; created.")));

		this.mvc.perform(get("/business/{id}/subscriptions", this.acme).with(user(Principals.of(this.ana))))
			.andExpect(content().string(containsString("Berlin")))
			.andExpect(content().string(containsString("Reserved licenses")));
	}

	@Test
	void aKeyIsRenamedInPlaceByClickingItsNameAndABlankNameIsRefusedNextToTheField() throws Exception {
		UUID subscription = subscriptionId();
		String id = this.api.post("/api/v1/business-accounts/" + this.acme + "/subscriptions/" + subscription
				+ "/license-keys", Map.of("name", "Berlin", "limit", 2, "type", "DYNAMIC"), this.ana.token())
			.map()
			.get("id")
			.toString();

		this.mvc.perform(get("/business/{id}/subscriptions", this.acme).with(user(Principals.of(this.ana))))
			.andExpect(content().string(containsString("hx-get=\"/business/" + this.acme + "/license-keys/" + id
					+ "/name?edit=true\"")));
		this.mvc.perform(get("/business/{id}/license-keys/{kid}/name", this.acme, id).param("edit", "true")
			.header("HX-Request", "true").with(user(Principals.of(this.ana))))
			.andExpect(content().string(containsString("class=\"key-rename\"")))
			.andExpect(content().string(containsString("value=\"Berlin\"")));
		this.mvc.perform(post("/business/{id}/license-keys/{kid}/name", this.acme, id).param("name", " ")
			.header("HX-Request", "true").with(user(Principals.of(this.ana))).with(csrf()))
			.andExpect(content().string(containsString("Fill in this field.")));
		this.mvc.perform(post("/business/{id}/license-keys/{kid}/name", this.acme, id).param("name", "Munich")
			.header("HX-Request", "true").with(user(Principals.of(this.ana))).with(csrf()))
			.andExpect(content().string(containsString(">Munich</button>")));

		assertThat(this.api.get("/api/v1/business-accounts/" + this.acme + "/license-keys", this.ana.token()).items())
			.extracting((k) -> k.get("name")).contains("Munich").doesNotContain("Berlin");
	}

	@Test
	void aLicenseAdministratorGrantedOnTheKeyPageSeesOnlyThatKeyAndDeactivatesItsComputers() throws Exception {
		LicensingFixtures.TestKey berlin = fixtures().subscription(subscriptionId(), this.primary).aKey("Berlin")
			.reserved(2)
			.create();
		String berlinId = berlin.id();
		String berlinKey = berlin.key();
		this.devices.activate(berlinKey, new DeviceService.Device("pc-1", "Reception PC", "SN1", null, null));
		this.devices.activate(berlinKey, new DeviceService.Device("pc-2", "=cmd|' /C calc'!A0", null, null, null));
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");

		this.mvc.perform(get("/business/{id}/license-keys/{kid}", this.acme, berlinId).param("tab", "administrators")
			.param("q", "bob").with(user(Principals.of(this.ana))))
			.andExpect(content().string(containsString(bob.email())));
		this.mvc.perform(post("/business/{id}/license-keys/{kid}/administrators", this.acme, berlinId)
			.with(user(Principals.of(this.ana))).with(csrf()).param("userId", bob.id().toString()))
			.andExpect(redirectedUrl("/business/" + this.acme + "/license-keys/" + berlinId + "?tab=administrators"));

		this.mvc.perform(get("/business/{id}/license-keys/{kid}", this.acme, berlinId).with(user(Principals.of(bob))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"key-form\""))))
			.andExpect(content().string(not(containsString("id=\"key-delete\""))));
		this.mvc.perform(get("/business/{id}/license-keys/{kid}", this.acme, berlinId).with(user(Principals.of(this.ana))))
			.andExpect(content().string(containsString("id=\"key-form\"")));

		String dashboard = this.mvc.perform(get("/business/{id}/dashboard", this.acme).with(user(Principals.of(bob))))
			.andReturn().getResponse().getContentAsString();
		assertThat(dashboard).contains("Berlin").doesNotContain("id=\"register-key-form\"")
			.doesNotContain(">Accord Desktop</a>");
		String computers = this.mvc.perform(get("/business/{id}/license-keys/{kid}/computers", this.acme, berlinId)
			.with(user(Principals.of(bob)))).andReturn().getResponse().getContentAsString();
		assertThat(computers).contains("Reception PC");
		String computerId = computers.replaceAll("(?s).*name=\"computer\" value=\"([0-9a-f-]{36})\"[^>]*aria-label=\"Reception PC\".*", "$1");

		this.mvc.perform(post("/business/{id}/license-keys/{kid}/computers/action", this.acme, berlinId)
			.with(user(Principals.of(bob))).with(csrf()).param("computer", computerId).param("action", "deactivate").param("confirmed", "true"))
			.andExpect(redirectedUrl("/business/" + this.acme + "/license-keys/" + berlinId + "/computers"));
		assertThat(this.devices.checkIn(berlinKey, "pc-1").valid()).isFalse();

		String csv = this.mvc.perform(get("/business/{id}/license-keys/{kid}/computers.csv", this.acme, berlinId)
			.with(user(Principals.of(bob)))).andReturn().getResponse().getContentAsString();
		assertThat(csv).startsWith("computerName,").contains("\"'=cmd|' /C calc'!A0\"").doesNotContain("Reception PC");
		this.mvc.perform(get("/business/{id}/license-keys/{kid}", this.acme, keyIdOf(this.primary))
			.with(user(Principals.of(bob)))).andExpect(status().isForbidden());

		String other = csv.lines().filter((l) -> l.contains("calc")).findFirst().orElseThrow();
		assertThat(other).isNotBlank();
		String page = this.mvc.perform(get("/business/{id}/license-keys/{kid}/computers", this.acme, berlinId)
			.with(user(Principals.of(bob)))).andReturn().getResponse().getContentAsString();
		String editLink = page.replaceAll("(?s).*href=\"(/business/[^\"]+/edit)\".*", "$1");
		this.mvc.perform(get(editLink).with(user(Principals.of(bob)))).andExpect(status().isOk());
		this.mvc.perform(post(editLink.replace("/edit", "")).with(user(Principals.of(bob))).with(csrf())
			.param("computerName", "Renamed PC").param("notes", "x".repeat(2001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"notes-error\"")));
		this.mvc.perform(post(editLink.replace("/edit", "")).with(user(Principals.of(bob))).with(csrf())
			.param("computerName", "Renamed PC").param("notes", "Front desk"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.mvc.perform(get("/business/{id}/license-keys/{kid}/computers", this.acme, berlinId)
			.with(user(Principals.of(bob)))).andReturn().getResponse().getContentAsString())
			.contains("Renamed PC", "Front desk");
	}

	private String keyIdOf(String key) {
		return fixtures().keyId(key);
	}

	private UUID subscriptionId() {
		return UUID.fromString((String) fixtures().subscriptions().get(0).get("id"));
	}

	/** Fixtures for keys under the subscription registered on the page (no operator needed for them). */
	private LicensingFixtures fixtures() {
		return new LicensingFixtures(this.api, this.clock, null, this.acme, this.ana);
	}

	private UUID operator() {
		var token = this.api.post("/api/v1/tokens",
				Map.of("email", "operator@pages.example", "password", Api.PASSWORD, "name", "t"), null);
		if (token.status() != 201) {
			this.api.post("/api/v1/signup", Map.of("email", "operator@pages.example", "password", Api.PASSWORD,
					"firstName", "Op", "lastName", "Erator", "language", "en"), null).succeeded();
			token = this.api.post("/api/v1/tokens",
					Map.of("email", "operator@pages.example", "password", Api.PASSWORD, "name", "t"), null);
		}
		return UUID.fromString((String) this.api.get("/api/v1/me", (String) token.map().get("token")).map().get("id"));
	}

}
