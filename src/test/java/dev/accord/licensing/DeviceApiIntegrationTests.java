package dev.accord.licensing;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import dev.accord.licensing.LicensingFixtures.TestSubscription;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import dev.accord.support.MutableClock;
import dev.accord.support.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The device API over HTTP: activation under concurrency, reactivation, blacklisting, expiry, check-ins. */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@licensing.example")
class DeviceApiIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	CheckInRecorder checkIns;

	@Autowired
	JdbcClient jdbc;

	Person ana;

	UUID acme;

	LicensingFixtures licensing;

	@BeforeEach
	void anOperatorAndABusinessAccount() {
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
		this.licensing = new LicensingFixtures(this.api, this.clock, this.api.operatorToken("operator@licensing.example"),
				this.acme, this.ana);
	}

	@Test
	void twoHundredRacingActivationsOnTenFreeSeatsGiveExactlyTen() throws Exception {
		String key = this.licensing.aSubscription().withSeats(10).provision().primaryKey();
		List<Callable<Integer>> calls = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			String device = "device-" + i;
			calls.add(() -> this.licensing.activate(key, device).status());
		}

		List<Integer> statuses = Race.of(calls.toArray(new Callable[0]));

		assertThat(statuses.stream().filter((s) -> s == 201)).hasSize(10);
		assertThat(statuses.stream().filter((s) -> s == 409)).hasSize(190);
		assertThat(this.licensing.subscriptions().get(0)).containsEntry("used", 10).containsEntry("available", 0);
	}

	@Test
	void reactivatingTheSameDeviceReturnsTheExistingActivationAndDeactivationFreesTheSeat() {
		String key = this.licensing.aSubscription().withSeats(1).provision().primaryKey();

		Response first = this.licensing.activate(key, "laptop-1");
		Response again = this.licensing.activate(key, "laptop-1");

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.map().get("activationId")).isEqualTo(first.map().get("activationId"));
		assertThat(this.licensing.activate(key, "laptop-2").code()).isEqualTo("NO_SEATS_AVAILABLE");
		assertThat(this.api.post("/api/v1/activations/deactivate", Map.of("licenseKey", key, "deviceId", "laptop-1"),
				null).status()).isEqualTo(204);
		assertThat(this.licensing.activate(key, "laptop-2").status()).isEqualTo(201);
		assertThat(this.licensing.checkIn(key, "laptop-1").map()).containsEntry("valid", false)
			.containsEntry("reason", "NOT_ACTIVATED");
		assertThat(this.licensing.checkIn(key, "laptop-2").map()).containsEntry("valid", true);
	}

	@Test
	void aBlacklistedDeviceIsRefusedOnEveryKeyOfTheAccountUntilUnblacklisted() {
		TestSubscription subscription = this.licensing.aSubscription().withSeats(5).provision();
		String primary = subscription.primaryKey();
		String second = subscription.aKey("Second").dynamic(2).create().key();
		this.licensing.activate(primary, "stolen");
		String keyId = this.licensing.keyId(primary);
		String computer = (String) this.licensing.computers(keyId, this.ana).get(0).get("id");
		String computers = this.licensing.base() + "/license-keys/" + keyId + "/computers/" + computer;

		assertThat(this.api.post(computers + "/blacklist", null, this.ana.token()).status()).isEqualTo(204);

		assertThat(this.licensing.activate(primary, "stolen").code()).isEqualTo("DEVICE_BLACKLISTED");
		assertThat(this.licensing.activate(second, "stolen").code()).isEqualTo("DEVICE_BLACKLISTED");
		assertThat(this.licensing.subscriptions().get(0)).containsEntry("used", 0);
		assertThat(this.api.post(computers + "/unblacklist", null, this.ana.token()).status()).isEqualTo(204);
		assertThat(this.licensing.activate(second, "stolen").status()).isEqualTo(201);
	}

	@Test
	void afterExpiryAndTheGracePeriodACheckInIsNotValid() {
		String key = this.licensing.aSubscription().withSeats(3).lasting(1).provision().primaryKey();
		this.licensing.activate(key, "pc");

		this.clock.advance(Duration.ofDays(2));
		assertThat(this.licensing.checkIn(key, "pc").map()).containsEntry("valid", true)
			.containsEntry("subscriptionStatus", "GRACE_PERIOD");

		this.clock.advance(Duration.ofDays(30));
		assertThat(this.licensing.checkIn(key, "pc").map()).containsEntry("valid", false)
			.containsEntry("reason", "KEY_EXPIRED")
			.containsEntry("subscriptionStatus", "EXPIRED");
		assertThat(this.licensing.activate(key, "new-pc").code()).isEqualTo("KEY_EXPIRED");
	}

	@Test
	void checkInsAreRecordedInBatches() {
		String key = this.licensing.aSubscription().withSeats(2).provision().primaryKey();
		this.licensing.activate(key, "pc");
		this.clock.advance(Duration.ofMinutes(5));

		assertThat(this.licensing.checkIn(key, "pc").map()).containsEntry("valid", true);
		this.checkIns.flush();

		OffsetDateTime last = this.jdbc.sql("SELECT last_check_in_at FROM activation WHERE device_id = 'pc'")
			.query(OffsetDateTime.class).single();
		assertThat(last.toInstant()).isEqualTo(this.clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

}
