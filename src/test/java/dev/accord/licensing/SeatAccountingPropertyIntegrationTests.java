package dev.accord.licensing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import dev.accord.platform.AccordException;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.MutableClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever sequence of activations, deactivations and key creations, resizes and
 * deletions happens, the seats in use never exceed the subscription's seats, no key exceeds its
 * limit, and every key's counter equals its active computers. Random sequences from fixed seeds,
 * so a failure is reproducible from the seed in the test name.
 */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@seats.example")
class SeatAccountingPropertyIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	ProvisioningService provisioning;

	@Autowired
	LicensingService licensing;

	@Autowired
	DeviceService devices;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void usedSeatsNeverExceedTheSubscription(long seed) {
		Random random = new Random(seed);
		Person admin = this.api.signUp("admin");
		UUID account = this.api.createBusiness(admin, "Seats");
		UUID operator = operator();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		int seats = 3 + random.nextInt(8);
		var provisioned = this.provisioning.provision(operator, account, "Product", seats, today, today.plusDays(90));
		UUID subscription = provisioned.subscriptionId();
		List<String> keys = new ArrayList<>(List.of(provisioned.primaryKey()));
		List<String[]> active = new ArrayList<>();

		for (int step = 0; step < 120; step++) {
			try {
				switch (random.nextInt(6)) {
					case 0, 1 -> {
						String key = keys.get(random.nextInt(keys.size()));
						String device = "dev-" + random.nextInt(40);
						this.devices.activate(key, new DeviceService.Device(device, "PC", null, null, null));
						active.add(new String[] { key, device });
					}
					case 2 -> {
						if (!active.isEmpty()) {
							String[] computer = active.remove(random.nextInt(active.size()));
							this.devices.deactivate(computer[0], computer[1]);
						}
					}
					case 3 -> keys.add(this.licensing.createKey(account, admin.id(), subscription, "k" + step,
							1 + random.nextInt(seats), random.nextBoolean() ? KeyType.DYNAMIC : KeyType.RESERVED,
							null).key());
					case 4 -> {
						List<KeyView> additional = additionalKeys(account, admin);
						if (!additional.isEmpty()) {
							KeyView key = additional.get(random.nextInt(additional.size()));
							this.licensing.changeKey(account, admin.id(), key.id(), null, 1 + random.nextInt(seats));
						}
					}
					default -> {
						List<KeyView> additional = additionalKeys(account, admin);
						if (!additional.isEmpty() && random.nextInt(3) == 0) {
							KeyView key = additional.get(random.nextInt(additional.size()));
							this.licensing.deleteKey(account, admin.id(), key.id());
							keys.remove(key.key());
							active.removeIf((c) -> c[0].equals(key.key()));
						}
					}
				}
			}
			catch (AccordException refused) {
				// Refusals (no seats, limit below use, ...) are the rules at work; the invariant is checked below.
			}
			assertInvariant(subscription, seats);
		}
	}

	private void assertInvariant(UUID subscription, int seats) {
		long activeComputers = this.jdbc.sql("SELECT COUNT(*) FROM activation WHERE subscription_id = ? AND status = 'ACTIVE'")
			.param(subscription).query(Long.class).single();
		assertThat(activeComputers).isLessThanOrEqualTo(seats);
		this.jdbc.sql("""
				SELECT k.type, k.seat_limit, k.used,
				       (SELECT COUNT(*) FROM activation a WHERE a.license_key_id = k.id AND a.status = 'ACTIVE') AS actual
				FROM license_key k WHERE k.subscription_id = ?""").param(subscription).query((rs) -> {
			assertThat(rs.getInt("used")).isEqualTo(rs.getInt("actual"));
			if (!"PRIMARY".equals(rs.getString("type"))) {
				assertThat(rs.getInt("used")).isLessThanOrEqualTo(rs.getInt("seat_limit"));
			}
		});
		long reserved = this.jdbc.sql("SELECT COALESCE(SUM(seat_limit), 0) FROM license_key WHERE subscription_id = ? AND type = 'RESERVED'")
			.param(subscription).query(Long.class).single();
		long poolUsed = this.jdbc.sql("SELECT COALESCE(SUM(used), 0) FROM license_key WHERE subscription_id = ? AND type <> 'RESERVED'")
			.param(subscription).query(Long.class).single();
		assertThat(reserved + poolUsed).as("reserved seats plus seats used from the pool").isLessThanOrEqualTo(seats);
	}

	private List<KeyView> additionalKeys(UUID account, Person admin) {
		return this.licensing.keys(account, admin.id()).stream().filter((k) -> k.type() != KeyType.PRIMARY).toList();
	}

	private UUID operator() {
		var token = this.api.post("/api/v1/tokens",
				java.util.Map.of("email", "operator@seats.example", "password", Api.PASSWORD, "name", "t"), null);
		if (token.status() != 201) {
			this.api.post("/api/v1/signup", java.util.Map.of("email", "operator@seats.example", "password", Api.PASSWORD,
					"firstName", "Op", "lastName", "Erator", "language", "en"), null);
			token = this.api.post("/api/v1/tokens",
					java.util.Map.of("email", "operator@seats.example", "password", Api.PASSWORD, "name", "t"), null);
		}
		return UUID.fromString((String) this.api.get("/api/v1/me", (String) token.map().get("token")).map().get("id"));
	}

}
