package dev.accord.licensing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import dev.accord.licensing.LicensingFixtures.TestKey;
import dev.accord.licensing.LicensingFixtures.TestSubscription;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import dev.accord.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subscriptions and keys over the HTTP API: provisioning, registering, seats of reserved and
 * dynamic keys, key limits and expiry. The device API is {@link DeviceApiIntegrationTests}, License
 * Administrators {@link LicenseAdministratorRightsIntegrationTests}.
 */
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

	LicensingFixtures licensing;

	@BeforeEach
	void anOperatorAndABusinessAccount() {
		this.operator = new Person(null, "operator@licensing.example",
				this.api.operatorToken("operator@licensing.example"));
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
		this.licensing = new LicensingFixtures(this.api, this.clock, this.operator.token(), this.acme, this.ana);
	}

	@Test
	void onlyOperatorsProvisionAndTheKeyIsRegisteredOnceByAnAdministrator() {
		assertThat(this.api.post("/api/v1/operator/subscriptions", this.licensing.provisioning(null, 5, 365),
				this.ana.token()).status()).isEqualTo(403);
		Response provisioned = this.api.post("/api/v1/operator/subscriptions", this.licensing.provisioning(null, 5, 365),
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
	void reservedSeatsAreNeverTakenByThePrimaryOrDynamicKeys() {
		TestSubscription subscription = this.licensing.aSubscription().withSeats(10).provision();
		String primary = subscription.primaryKey();
		TestKey reserved = subscription.aKey("Berlin").reserved(4).create();
		TestKey dynamic = subscription.aKey("Pool").dynamic(10).create();

		for (int i = 0; i < 4; i++) {
			assertThat(this.licensing.activate(primary, "p" + i).status()).isEqualTo(201);
		}
		assertThat(this.licensing.activate(dynamic.key(), "d0").status()).isEqualTo(201);
		assertThat(this.licensing.activate(dynamic.key(), "d1").status()).isEqualTo(201);
		assertThat(this.licensing.activate(primary, "p-over").code()).isEqualTo("NO_SEATS_AVAILABLE");
		assertThat(this.licensing.activate(dynamic.key(), "d-over").code()).isEqualTo("NO_SEATS_AVAILABLE");
		for (int i = 0; i < 4; i++) {
			assertThat(this.licensing.activate(reserved.key(), "r" + i).status()).isEqualTo(201);
		}
		assertThat(this.licensing.activate(reserved.key(), "r-over").code()).isEqualTo("NO_SEATS_AVAILABLE");
		assertThat(this.licensing.subscriptions().get(0)).containsEntry("used", 10).containsEntry("available", 0);
		assertThat(subscription.aKey("More").reserved(1).request().code()).isEqualTo("NO_SEATS_AVAILABLE");
	}

	@Test
	void keysValidateTheirLimitsAndExpiry() {
		TestSubscription subscription = this.licensing.aSubscription().withSeats(5).provision();
		LocalDate late = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).plusDays(400);

		assertThat(subscription.aKey("Too many").dynamic(6).request().status()).isEqualTo(422);
		assertThat(this.api.post(this.licensing.base() + "/subscriptions/" + subscription.id() + "/license-keys",
				Map.of("name", "Late", "limit", 1, "type", "DYNAMIC", "expiresAt", late.toString()), this.ana.token())
			.errors()).containsKey("expiresAt");
		TestKey key = subscription.aKey("Pool").dynamic(2).create();
		this.licensing.activate(key.key(), "a");
		this.licensing.activate(key.key(), "b");
		assertThat(this.api.patch(this.licensing.base() + "/license-keys/" + key.id(), Map.of("limit", 1),
				this.ana.token()).errors()).containsKey("limit");
		assertThat(this.api.delete(this.licensing.base() + "/license-keys/" + key.id(), this.ana.token()).status())
			.isEqualTo(204);
		assertThat(this.licensing.subscriptions().get(0)).containsEntry("used", 0);
	}

	private Response register(Person who, String key) {
		return this.api.post(this.licensing.base() + "/license-keys/register", Map.of("key", key), who.token());
	}

}
