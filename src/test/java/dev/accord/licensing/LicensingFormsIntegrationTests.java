package dev.accord.licensing;

import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.MutableClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Licensing forms behave like the others (spec §2): the error next to its field, in the user's
 * language, what was typed kept, nothing saved.
 */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@forms.example")
class LicensingFormsIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	Person ana;

	UUID acme;

	LicensingFixtures licensing;

	LicensingFixtures.TestSubscription subscription;

	@BeforeEach
	void aSubscriptionOfFiveSeats() {
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
		this.licensing = new LicensingFixtures(this.api, this.clock, this.api.operatorToken("operator@forms.example"),
				this.acme, this.ana);
		this.subscription = this.licensing.aSubscription().of("Desktop").withSeats(5).lasting(30).provision();
	}

	@Test
	void aTooLongSubscriptionNameIsRefusedNextToTheFieldAndKeptAsTyped() throws Exception {
		String typed = "S".repeat(201);
		Document page = page(this.ana, post("/business/{id}/subscriptions/{sid}", this.acme, this.subscription.id())
			.param("name", typed).param("autoRenew", "on").with(csrf()));

		assertThat(page.select("#subscription-name-error-" + this.subscription.id()).text()).isEqualTo("Use at most 200 characters.");
		assertThat(page.select("#subscription-name-" + this.subscription.id()).val()).isEqualTo(typed);
		assertThat(this.api.get(base() + "/subscriptions", this.ana.token()).items().get(0))
			.containsEntry("name", "Desktop").containsEntry("autoRenew", false);
	}

	@Test
	void theAutoRenewSwitchSavesWhatABrowserSendsForItsHiddenOffAndTheCheckbox() throws Exception {
		this.mvc.perform(post("/business/{id}/subscriptions/{sid}", this.acme, this.subscription.id()).param("name", "Desktop")
			.param("autoRenew", "off", "on").with(csrf()).with(user(Principals.of(this.ana))));
		assertThat(this.api.get(base() + "/subscriptions", this.ana.token()).items().get(0)).containsEntry("autoRenew", true);

		this.mvc.perform(post("/business/{id}/subscriptions/{sid}", this.acme, this.subscription.id()).param("name", "Desktop")
			.param("autoRenew", "off").with(csrf()).with(user(Principals.of(this.ana))));
		assertThat(this.api.get(base() + "/subscriptions", this.ana.token()).items().get(0)).containsEntry("autoRenew", false);
	}

	@Test
	void keyRenameAndLimitErrorsShowNextToTheFieldsWithWhatWasTyped() throws Exception {
		String keyId = createKey("Berlin", 2, "DYNAMIC");

		Document page = page(this.ana, post("/business/{id}/license-keys/{kid}", this.acme, keyId).param("name", "Munich")
			.param("limit", "2.5").with(csrf()));

		assertThat(page.select("#key-limit-error").text()).isEqualTo("Choose a number of licenses between 1 and the subscription's seats.");
		assertThat(page.select("#key-name").val()).isEqualTo("Munich");
		assertThat(page.select("#key-limit-input").val()).isEqualTo("2.5");
		assertThat(this.api.get(base() + "/license-keys", this.ana.token()).body()).contains("Berlin").doesNotContain("Munich");
	}

	@Test
	void grantingARefusedLicenseAdministratorSaysSoNextToThePicker() throws Exception {
		String keyId = createKey("Berlin", 2, "DYNAMIC");

		Document page = page(this.ana, post("/business/{id}/license-keys/{kid}/administrators", this.acme, keyId)
			.param("userId", this.ana.id().toString()).param("q", "ana").with(csrf()));

		assertThat(page.select("#grant-error").text()).isNotBlank();
		assertThat(page.select("#candidate-q").val()).isEqualTo("ana");
		assertThat(this.api.get(base() + "/license-keys", this.ana.token()).items().get(1).get("administrators"))
			.asList().isEmpty();
	}

	@Test
	void theLicenseAdministratorPickerSearchesActiveRegularMembers() throws Exception {
		String keyId = createKey("Berlin", 2, "DYNAMIC");
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		Person carl = this.api.inviteAndJoin(this.ana, this.acme, "carl");

		Document found = page(this.ana, get("/business/{id}/license-keys/{kid}", this.acme, keyId)
			.param("tab", "administrators").param("q", "carl"));
		Document none = page(this.ana, get("/business/{id}/license-keys/{kid}", this.acme, keyId)
			.param("tab", "administrators").param("q", "ana"));

		assertThat(found.select("#candidates li").text()).contains(carl.email()).doesNotContain(bob.email());
		assertThat(none.select("#no-candidates").text()).isEqualTo("No active Regular Member matches.");
	}

	@Test
	void createLicenseKeyIsRefusedToThoseWhoMayNotCreateKeysAndSaysTheMaximum() throws Exception {
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		String berlin = createKey("Berlin", 2, "RESERVED");
		this.api.send("PUT", base() + "/license-keys/" + berlin + "/administrators/" + bob.id(), null, this.ana.token()).succeeded();

		int memberAnswer = this.mvc.perform(get("/business/{id}/subscriptions/{sid}/keys/new", this.acme, this.subscription.id())
			.with(user(Principals.of(bob)))).andReturn().getResponse().getStatus();
		Document tooMany = page(this.ana, post("/business/{id}/subscriptions/{sid}/keys/new", this.acme, this.subscription.id())
			.param("name", "Munich").param("limit", "4").param("type", "RESERVED").with(csrf()));
		Document dynamic = page(this.ana, post("/business/{id}/subscriptions/{sid}/keys/new", this.acme, this.subscription.id())
			.param("name", "Munich").param("limit", "9").param("type", "DYNAMIC").with(csrf()));

		assertThat(memberAnswer).isEqualTo(403);
		assertThat(tooMany.select("#limit-error").text()).isEqualTo("Choose between 1 and 3 licenses for this key.");
		assertThat(tooMany.select("#name").val()).isEqualTo("Munich");
		assertThat(dynamic.select("#limit-error").text()).isEqualTo("Choose between 1 and 5 licenses for this key.");
		assertThat(this.api.get(base() + "/license-keys", this.ana.token()).body()).doesNotContain("Munich");
	}

	@Test
	void aCreatedKeyIsAnnounced() throws Exception {
		String location = this.mvc.perform(post("/business/{id}/subscriptions/{sid}/keys/new", this.acme, this.subscription.id())
			.param("name", "Munich").param("limit", "2").param("type", "DYNAMIC").with(csrf())
			.with(user(Principals.of(this.ana)))).andReturn().getResponse().getRedirectedUrl();

		assertThat(location).startsWith("/business/" + this.acme + "/license-keys/");
	}

	private String createKey(String name, int limit, String type) {
		LicensingFixtures.KeyBuilder key = this.subscription.aKey(name);
		return ("RESERVED".equals(type) ? key.reserved(limit) : key.dynamic(limit)).create().id();
	}

	private Document page(Person who, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		RequestBuilder built = request.with(user(Principals.of(who)));
		return Jsoup.parse(this.mvc.perform(built).andReturn().getResponse().getContentAsString());
	}

	private String base() {
		return "/api/v1/business-accounts/" + this.acme;
	}

}
