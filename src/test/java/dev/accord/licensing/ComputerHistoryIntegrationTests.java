package dev.accord.licensing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import dev.accord.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Registered computers keep their history: deactivated and blacklisted ones stay listed with their status. */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@history.example")
class ComputerHistoryIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	Person ana;

	UUID acme;

	String primary;

	String second;

	LicensingFixtures licensing;

	@BeforeEach
	void aSubscriptionWithTwoKeys() {
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
		this.licensing = new LicensingFixtures(this.api, this.clock, this.api.operatorToken("operator@history.example"),
				this.acme, this.ana);
		LicensingFixtures.TestSubscription subscription = this.licensing.aSubscription().withSeats(5).lasting(30)
			.provision();
		this.primary = subscription.primaryKey();
		this.second = subscription.aKey("Second").dynamic(2).create().key();
	}

	@Test
	void blacklistingOnOneKeyDeactivatesTheDeviceOnEveryKeyAndFreesEachSeat() {
		activate(this.primary, "stolen");
		activate(this.second, "stolen");
		activate(this.primary, "honest");

		Response blacklisted = this.api.post(computer(this.primary, "stolen") + "/blacklist", null, this.ana.token());

		assertThat(blacklisted.status()).isEqualTo(204);
		assertThat(this.api.get(base() + "/subscriptions", this.ana.token()).items().get(0)).containsEntry("used", 1);
		assertThat(statusOf(this.second, "stolen", "")).isEqualTo("BLACKLISTED");
		assertThat(statusOf(this.primary, "stolen", "")).isEqualTo("BLACKLISTED");
		Map<String, Object> checkIn = this.api.post("/api/v1/activations/check-in",
				Map.of("licenseKey", this.second, "deviceId", "stolen"), null).map();
		assertThat(checkIn).containsEntry("valid", false).containsEntry("reason", "DEVICE_BLACKLISTED");
	}

	@Test
	void theListShowsActiveAndBlacklistedByDefaultAndFiltersByStatus() throws Exception {
		// One second apart: the list is ordered by activation time.
		activate(this.primary, "active");
		this.clock.advance(java.time.Duration.ofSeconds(1));
		activate(this.primary, "gone");
		this.clock.advance(java.time.Duration.ofSeconds(1));
		activate(this.primary, "stolen");
		this.api.post(computer(this.primary, "gone") + "/deactivate", null, this.ana.token()).succeeded();
		this.api.post(computer(this.primary, "stolen") + "/blacklist", null, this.ana.token()).succeeded();

		assertThat(devices(this.primary, "")).containsExactly("active", "stolen");
		assertThat(devices(this.primary, "?status=DEACTIVATED")).containsExactly("gone");
		assertThat(devices(this.primary, "?status=ACTIVE&status=DEACTIVATED&status=BLACKLISTED"))
			.containsExactly("active", "gone", "stolen");
		String csv = this.mvc.perform(get("/business/{id}/license-keys/{kid}/computers.csv", this.acme, keyId(this.primary))
			.param("status", "DEACTIVATED", "BLACKLISTED").with(user(Principals.of(this.ana))))
			.andReturn().getResponse().getContentAsString();
		assertThat(csv).contains("\"DEACTIVATED\"", "\"BLACKLISTED\"").doesNotContain("\"ACTIVE\"");
	}

	@Test
	void aBlacklistedComputerIsUnblacklistedFromThePageAndCanActivateAgain() throws Exception {
		activate(this.primary, "stolen");
		this.api.post(computer(this.primary, "stolen") + "/blacklist", null, this.ana.token()).succeeded();
		String keyId = keyId(this.primary);
		String page = this.mvc.perform(get("/business/{id}/license-keys/{kid}/computers", this.acme, keyId)
			.with(user(Principals.of(this.ana)))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("data-status=\"BLACKLISTED\"", "Blacklisted");

		this.mvc.perform(post("/business/{id}/license-keys/{kid}/computers/action", this.acme, keyId)
			.with(user(Principals.of(this.ana))).with(csrf())
			.param("computer", computerId(this.primary, "stolen")).param("action", "unblacklist"))
			.andExpect(status().is3xxRedirection());

		assertThat(statusOf(this.primary, "stolen", "?status=DEACTIVATED")).isEqualTo("DEACTIVATED");
		assertThat(activate(this.primary, "stolen").status()).isEqualTo(201);
		assertThat(statusOf(this.primary, "stolen", "")).isEqualTo("ACTIVE");
	}

	private Response activate(String key, String device) {
		Response response = this.api.post("/api/v1/activations",
				Map.of("licenseKey", key, "deviceId", device, "computerName", "PC " + device), null);
		assertThat(response.status()).as("activation of %s", device).isIn(200, 201);
		return response;
	}

	private List<Object> devices(String key, String query) {
		return this.api.get(computers(key) + query, this.ana.token()).items().stream().map((c) -> c.get("deviceId")).toList();
	}

	private String statusOf(String key, String device, String query) {
		return (String) this.api.get(computers(key) + query, this.ana.token()).items().stream()
			.filter((c) -> device.equals(c.get("deviceId"))).findFirst().orElseThrow().get("status");
	}

	private String computerId(String key, String device) {
		return (String) this.api.get(computers(key) + "?status=ACTIVE&status=DEACTIVATED&status=BLACKLISTED",
				this.ana.token()).items().stream()
			.filter((c) -> device.equals(c.get("deviceId"))).findFirst().orElseThrow().get("id");
	}

	private String computer(String key, String device) {
		return computers(key) + "/" + computerId(key, device);
	}

	private String computers(String key) {
		return base() + "/license-keys/" + keyId(key) + "/computers";
	}

	private String keyId(String key) {
		return this.licensing.keyId(key);
	}

	private String base() {
		return this.licensing.base();
	}

}
