package dev.accord.licensing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import dev.accord.support.MutableClock;
import dev.accord.support.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Provisioning, keys, the device API and License Administrators over the HTTP API. */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@licensing.example")
class LicensingIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	Person operator;

	Person ana;

	UUID acme;

	@BeforeEach
	void anOperatorAndABusinessAccount() {
		this.operator = new Person(null, "operator@licensing.example",
				this.api.operatorToken("operator@licensing.example"));
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
	}

	@Test
	void onlyOperatorsProvisionAndTheKeyIsRegisteredOnceByAnAdministrator() {
		assertThat(this.api.post("/api/v1/operator/subscriptions", provision(null, 5, 365), this.ana.token()).status())
			.isEqualTo(403);
		Response provisioned = this.api.post("/api/v1/operator/subscriptions", provision(null, 5, 365),
				this.operator.token());
		assertThat(provisioned.status()).isEqualTo(201);
		String key = (String) provisioned.map().get("primaryKey");
		assertThat(key).matches("ACRD(-[0-9A-HJKMNP-TV-Z]{5}){5}");

		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		assertThat(register(bob, key).status()).isEqualTo(403);
		Response registered = register(this.ana, key.toLowerCase().replace("-", " "));
		assertThat(registered.status()).isEqualTo(200);
		assertThat(registered.map()).containsEntry("seats", 5).containsEntry("used", 0).containsEntry("available", 5)
			.containsEntry("status", "ACTIVE");

		Person eve = this.api.signUp("eve");
		UUID other = this.api.createBusiness(eve, "Other");
		assertThat(this.api.post("/api/v1/business-accounts/" + other + "/license-keys/register", Map.of("key", key),
				eve.token()).code()).isEqualTo("KEY_ALREADY_REGISTERED");
		assertThat(this.api.get("/api/v1/business-accounts/" + this.acme + "/subscriptions", eve.token()).status())
			.isEqualTo(404);
	}

	@Test
	void twoHundredRacingActivationsOnTenFreeSeatsGiveExactlyTen() throws Exception {
		String key = provisioned(10);
		List<Callable<Integer>> calls = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			String device = "device-" + i;
			calls.add(() -> activate(key, device).status());
		}

		List<Integer> statuses = Race.of(calls.toArray(new Callable[0]));

		assertThat(statuses.stream().filter((s) -> s == 201)).hasSize(10);
		assertThat(statuses.stream().filter((s) -> s == 409)).hasSize(190);
		assertThat(subscriptions().get(0)).containsEntry("used", 10).containsEntry("available", 0);
	}

	@Test
	void reactivatingTheSameDeviceReturnsTheExistingActivationAndDeactivationFreesTheSeat() {
		String key = provisioned(1);

		Response first = activate(key, "laptop-1");
		Response again = activate(key, "laptop-1");

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.map().get("activationId")).isEqualTo(first.map().get("activationId"));
		assertThat(activate(key, "laptop-2").code()).isEqualTo("NO_SEATS_AVAILABLE");
		assertThat(this.api.post("/api/v1/activations/deactivate", Map.of("licenseKey", key, "deviceId", "laptop-1"),
				null).status()).isEqualTo(204);
		assertThat(activate(key, "laptop-2").status()).isEqualTo(201);
		assertThat(checkIn(key, "laptop-1").map()).containsEntry("valid", false).containsEntry("reason", "NOT_ACTIVATED");
		assertThat(checkIn(key, "laptop-2").map()).containsEntry("valid", true);
	}

	@Test
	void reservedSeatsAreNeverTakenByThePrimaryOrDynamicKeys() {
		String primary = provisioned(10);
		UUID subscription = UUID.fromString((String) subscriptions().get(0).get("id"));
		Map<String, Object> reserved = createKey(subscription, "Berlin", 4, "RESERVED").map();
		Map<String, Object> dynamic = createKey(subscription, "Pool", 10, "DYNAMIC").map();

		for (int i = 0; i < 4; i++) {
			assertThat(activate(primary, "p" + i).status()).isEqualTo(201);
		}
		assertThat(activate((String) dynamic.get("key"), "d0").status()).isEqualTo(201);
		assertThat(activate((String) dynamic.get("key"), "d1").status()).isEqualTo(201);
		assertThat(activate(primary, "p-over").code()).isEqualTo("NO_SEATS_AVAILABLE");
		assertThat(activate((String) dynamic.get("key"), "d-over").code()).isEqualTo("NO_SEATS_AVAILABLE");
		for (int i = 0; i < 4; i++) {
			assertThat(activate((String) reserved.get("key"), "r" + i).status()).isEqualTo(201);
		}
		assertThat(activate((String) reserved.get("key"), "r-over").code()).isEqualTo("NO_SEATS_AVAILABLE");
		assertThat(subscriptions().get(0)).containsEntry("used", 10).containsEntry("available", 0);
		assertThat(createKey(subscription, "More", 1, "RESERVED").code()).isEqualTo("NO_SEATS_AVAILABLE");
	}

	@Test
	void aBlacklistedDeviceIsRefusedOnEveryKeyOfTheAccountUntilUnblacklisted() {
		String primary = provisioned(5);
		UUID subscription = UUID.fromString((String) subscriptions().get(0).get("id"));
		String second = (String) createKey(subscription, "Second", 2, "DYNAMIC").map().get("key");
		activate(primary, "stolen");
		String keyId = keyId(primary);
		String computer = (String) this.api
			.get("/api/v1/business-accounts/" + this.acme + "/license-keys/" + keyId + "/computers", this.ana.token())
			.items().get(0).get("id");
		String computers = "/api/v1/business-accounts/" + this.acme + "/license-keys/" + keyId + "/computers/" + computer;

		assertThat(this.api.post(computers + "/blacklist", null, this.ana.token()).status()).isEqualTo(204);

		assertThat(activate(primary, "stolen").code()).isEqualTo("DEVICE_BLACKLISTED");
		assertThat(activate(second, "stolen").code()).isEqualTo("DEVICE_BLACKLISTED");
		assertThat(subscriptions().get(0)).containsEntry("used", 0);
		assertThat(this.api.post(computers + "/unblacklist", null, this.ana.token()).status()).isEqualTo(204);
		assertThat(activate(second, "stolen").status()).isEqualTo(201);
	}

	@Test
	void afterExpiryAndTheGracePeriodACheckInIsNotValid() {
		String key = provisioned(3, 1);
		activate(key, "pc");

		this.clock.advance(Duration.ofDays(2));
		assertThat(checkIn(key, "pc").map()).containsEntry("valid", true).containsEntry("subscriptionStatus",
				"GRACE_PERIOD");

		this.clock.advance(Duration.ofDays(30));
		assertThat(checkIn(key, "pc").map()).containsEntry("valid", false).containsEntry("reason", "KEY_EXPIRED")
			.containsEntry("subscriptionStatus", "EXPIRED");
		assertThat(activate(key, "new-pc").code()).isEqualTo("KEY_EXPIRED");
	}

	@Test
	void aLicenseAdministratorOfKeyKSeesAndManagesOnlyK() {
		String primary = provisioned(10);
		UUID subscription = UUID.fromString((String) subscriptions().get(0).get("id"));
		Map<String, Object> berlin = createKey(subscription, "Berlin", 3, "RESERVED").map();
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		String base = "/api/v1/business-accounts/" + this.acme;

		assertThat(this.api.send("PUT", base + "/license-keys/" + berlin.get("id") + "/administrators/" + bob.id(), null,
				this.ana.token()).status()).isEqualTo(204);

		assertThat(this.api.get(base + "/license-keys", bob.token()).items()).extracting((k) -> k.get("id"))
			.containsExactly(berlin.get("id"));
		assertThat(this.api.get(base + "/subscriptions", bob.token()).items()).hasSize(1);
		assertThat(this.api.patch(base + "/license-keys/" + berlin.get("id"), Map.of("name", "Mine"), bob.token())
			.status()).isEqualTo(403);
		assertThat(this.api.patch(base + "/license-keys/" + keyId(primary), Map.of("name", "Mine"), bob.token())
			.status()).isEqualTo(403);
		assertThat(this.api.get(base + "/license-keys/" + keyId(primary) + "/computers", bob.token()).status())
			.isEqualTo(403);
		assertThat(this.api.get(base + "/license-keys/" + berlin.get("id") + "/computers", bob.token()).status())
			.isEqualTo(200);
		assertThat(this.api.patch(base + "/subscriptions/" + subscription, Map.of("autoRenew", true), bob.token())
			.status()).isEqualTo(403);
		assertThat(this.api.get(base + "/members", bob.token()).status()).isEqualTo(403);
		assertThat(this.api.post(base + "/subscriptions/" + subscription + "/license-keys",
				Map.of("name", "X", "limit", 1, "type", "DYNAMIC"), bob.token()).status()).isEqualTo(403);

		this.api.patch(base + "/members/" + bob.id(), Map.of("status", "BLOCKED"), this.ana.token()).succeeded();
		this.api.patch(base + "/members/" + bob.id(), Map.of("status", "ACTIVE"), this.ana.token()).succeeded();
		assertThat(this.api.get(base + "/license-keys", bob.token()).status()).isEqualTo(403);
	}

	@Test
	void anAccountAdministratorCannotBeMadeALicenseAdministrator() {
		String primary = provisioned(2);
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		this.api.patch("/api/v1/business-accounts/" + this.acme + "/members/" + bob.id(),
				Map.of("role", "ACCOUNT_ADMINISTRATOR"), this.ana.token()).succeeded();

		Response refused = this.api.send("PUT", "/api/v1/business-accounts/" + this.acme + "/license-keys/"
				+ keyId(primary) + "/administrators/" + bob.id(), null, this.ana.token());

		assertThat(refused.status()).isEqualTo(422);
		assertThat(this.api.send("PUT", "/api/v1/business-accounts/" + this.acme + "/license-keys/" + keyId(primary)
				+ "/administrators/" + UUID.randomUUID(), null, this.ana.token()).status()).isEqualTo(422);
	}

	@Test
	void anInvitationCanMakeTheInvitedPersonLicenseAdministratorOfChosenKeys() {
		String primary = provisioned(4);
		UUID subscription = UUID.fromString((String) subscriptions().get(0).get("id"));
		String berlin = (String) createKey(subscription, "Berlin", 2, "RESERVED").map().get("id");
		String carol = Api.uniqueEmail("carol");
		String invitations = "/api/v1/business-accounts/" + this.acme + "/invitations";

		Person eve = this.api.signUp("eve");
		UUID other = this.api.createBusiness(eve, "Other");
		assertThat(this.api.post(invitations, Map.of("language", "en", "emails", List.of(carol), "licenseKeyIds",
				List.of(UUID.randomUUID().toString())), this.ana.token()).status()).isEqualTo(422);
		assertThat(this.api.post(invitations,
				Map.of("language", "en", "emails", List.of(carol), "licenseKeyIds", List.of(berlin)), this.ana.token())
			.status()).isEqualTo(200);
		String token = Api.joinToken(this.api.awaitMail(carol, 1));
		this.api.post("/api/v1/invitations/" + token + "/accept",
				Map.of("password", Api.PASSWORD, "firstName", "Carol", "lastName", "Lee"), null).succeeded();
		String carolToken = (String) this.api.post("/api/v1/tokens",
				Map.of("email", carol, "password", Api.PASSWORD, "name", "t"), null).map().get("token");

		assertThat(this.api.get("/api/v1/business-accounts/" + this.acme + "/license-keys", carolToken).items())
			.extracting((k) -> k.get("id")).containsExactly(berlin);
		assertThat(other).isNotNull();
		assertThat(primary).isNotNull();
	}

	@Autowired
	CheckInRecorder checkIns;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void checkInsAreRecordedInBatches() {
		String key = provisioned(2);
		activate(key, "pc");
		this.clock.advance(Duration.ofMinutes(5));

		assertThat(checkIn(key, "pc").map()).containsEntry("valid", true);
		this.checkIns.flush();

		java.time.OffsetDateTime last = this.jdbc.sql("SELECT last_check_in_at FROM activation WHERE device_id = 'pc'")
			.query(java.time.OffsetDateTime.class).single();
		assertThat(last.toInstant()).isEqualTo(this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
	}

	@Test
	void keysValidateTheirLimitsAndExpiry() {
		provisioned(5);
		UUID subscription = UUID.fromString((String) subscriptions().get(0).get("id"));
		LocalDate late = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).plusDays(400);

		assertThat(createKey(subscription, "Too many", 6, "DYNAMIC").status()).isEqualTo(422);
		assertThat(this.api.post("/api/v1/business-accounts/" + this.acme + "/subscriptions/" + subscription
				+ "/license-keys", Map.of("name", "Late", "limit", 1, "type", "DYNAMIC", "expiresAt", late.toString()),
				this.ana.token()).errors()).containsKey("expiresAt");
		Map<String, Object> key = createKey(subscription, "Pool", 2, "DYNAMIC").map();
		activate((String) key.get("key"), "a");
		activate((String) key.get("key"), "b");
		assertThat(this.api.patch("/api/v1/business-accounts/" + this.acme + "/license-keys/" + key.get("id"),
				Map.of("limit", 1), this.ana.token()).errors()).containsKey("limit");
		assertThat(this.api.delete("/api/v1/business-accounts/" + this.acme + "/license-keys/" + key.get("id"),
				this.ana.token()).status()).isEqualTo(204);
		assertThat(subscriptions().get(0)).containsEntry("used", 0);
	}

	private Map<String, Object> provision(UUID account, int seats, int days) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		Map<String, Object> body = new java.util.HashMap<>(Map.of("product", "Accord Desktop", "seats", seats,
				"activationDate", today.toString(), "expirationDate", today.plusDays(days).toString()));
		if (account != null) {
			body.put("businessAccountId", account.toString());
		}
		return body;
	}

	private String provisioned(int seats) {
		return provisioned(seats, 365);
	}

	private String provisioned(int seats, int days) {
		return (String) this.api.post("/api/v1/operator/subscriptions", provision(this.acme, seats, days),
				this.operator.token()).map().get("primaryKey");
	}

	private Response register(Person who, String key) {
		return this.api.post("/api/v1/business-accounts/" + this.acme + "/license-keys/register", Map.of("key", key),
				who.token());
	}

	private List<Map<String, Object>> subscriptions() {
		return this.api.get("/api/v1/business-accounts/" + this.acme + "/subscriptions", this.ana.token()).items();
	}

	private Response createKey(UUID subscription, String name, int limit, String type) {
		return this.api.post("/api/v1/business-accounts/" + this.acme + "/subscriptions/" + subscription
				+ "/license-keys", Map.of("name", name, "limit", limit, "type", type), this.ana.token());
	}

	private String keyId(String key) {
		return this.api.get("/api/v1/business-accounts/" + this.acme + "/license-keys", this.ana.token()).items()
			.stream().filter((k) -> key.equals(k.get("key"))).findFirst().orElseThrow().get("id").toString();
	}

	private Response activate(String key, String device) {
		return this.api.post("/api/v1/activations",
				Map.of("licenseKey", key, "deviceId", device, "computerName", "PC " + device), null);
	}

	private Response checkIn(String key, String device) {
		return this.api.post("/api/v1/activations/check-in", Map.of("licenseKey", key, "deviceId", device), null);
	}

}
