package dev.accord.licensing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import dev.accord.platform.ValidationException;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.MutableClock;
import dev.accord.support.Race;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Property: whatever sequence of activations, deactivations and key creations, resizes and
 * deletions happens, the seats in use never exceed the subscription's seats, no key exceeds its
 * limit, and every key's counter equals its active computers. Each step's outcome is predicted from
 * the seats left before it — an operation that should succeed must, one that should be refused must
 * be refused for that reason. Random sequences from fixed seeds, so a failure is reproducible from
 * the seed in the test name.
 */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@seats.example")
class SeatAccountingPropertyIntegrationTests {

	enum Step {
		ACTIVATE, DEACTIVATE, CREATE, RESIZE, DELETE
	}

	@Autowired
	Api api;

	@Autowired
	ProvisioningService provisioning;

	@Autowired
	LicensingService licensing;

	@Autowired
	AdditionalKeys additionalKeys;

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
		int seats = 3 + random.nextInt(8);
		var provisioned = this.provisioning.provision(operator(), account, "Product", seats, today(), today().plusDays(90));
		UUID subscription = provisioned.subscriptionId();
		List<String[]> active = new ArrayList<>();
		Map<Step, Integer> succeeded = new EnumMap<>(Step.class);

		for (int step = 0; step < 120; step++) {
			Step done = switch (random.nextInt(6)) {
				case 0, 1 -> activate(account, admin, random, active);
				case 2 -> deactivate(random, active);
				case 3 -> create(account, admin, subscription, seats, random, step);
				case 4 -> resize(account, admin, subscription, seats, random);
				default -> delete(account, admin, random, active);
			};
			if (done != null) {
				succeeded.merge(done, 1, Integer::sum);
			}
			assertInvariant(subscription, seats);
		}
		assertThat(succeeded).as("each kind of step succeeded at least once").containsOnlyKeys(Step.values());
	}

	@Test
	void concurrentActivationsFillExactlyThePoolAndNeverMore() throws Exception {
		Person admin = this.api.signUp("admin");
		UUID account = this.api.createBusiness(admin, "Seats");
		var provisioned = this.provisioning.provision(operator(), account, "Product", 12, today(), today().plusDays(90));
		UUID subscription = provisioned.subscriptionId();
		KeyView dynamic = this.additionalKeys.create(account, admin.id(), subscription, "dynamic", 5, KeyType.DYNAMIC, null);
		KeyView reserved = this.additionalKeys.create(account, admin.id(), subscription, "reserved", 4, KeyType.RESERVED,
				null);
		List<String> keys = List.of(provisioned.primaryKey(), dynamic.key(), reserved.key());
		AtomicInteger activated = new AtomicInteger();
		List<Callable<Integer>> callers = new ArrayList<>();
		for (int thread = 0; thread < 6; thread++) {
			int caller = thread;
			callers.add(() -> {
				for (int i = 0; i < 10; i++) {
					try {
						this.devices.activate(keys.get((caller + i) % 3),
								new DeviceService.Device("pc-" + caller + "-" + i, "PC", null, null, null));
						activated.incrementAndGet();
					}
					catch (NoSeatsAvailableException refused) {
						// the expected refusal once the seats are gone
					}
				}
				return caller;
			});
		}

		@SuppressWarnings("unchecked")
		Callable<Integer>[] race = callers.toArray(new Callable[0]);
		Race.of(race);

		assertInvariant(subscription, 12);
		assertThat(activated.get()).as("all 12 seats are taken: 8 from the pool, 4 reserved").isEqualTo(12);
		assertThat(usedOn(reserved.id())).isEqualTo(4);
	}

	private Step activate(UUID account, Person admin, Random random, List<String[]> active) {
		List<KeyView> keys = this.licensing.keys(account, admin.id());
		KeyView key = keys.get(random.nextInt(keys.size()));
		String device = "dev-" + random.nextInt(40);
		boolean already = active.stream().anyMatch((c) -> c[0].equals(key.key()) && c[1].equals(device));
		if (!already && key.available() == 0) {
			assertThatThrownBy(() -> this.devices.activate(key.key(), device(device)))
				.isInstanceOf(NoSeatsAvailableException.class);
			return null;
		}
		DeviceService.Activated activation = this.devices.activate(key.key(), device(device));
		assertThat(activation.created()).as("a new activation unless the device was active on the key").isEqualTo(!already);
		if (!already) {
			active.add(new String[] { key.key(), device });
		}
		return Step.ACTIVATE;
	}

	private Step deactivate(Random random, List<String[]> active) {
		if (active.isEmpty()) {
			return null;
		}
		String[] computer = active.remove(random.nextInt(active.size()));
		this.devices.deactivate(computer[0], computer[1]);
		return Step.DEACTIVATE;
	}

	private Step create(UUID account, Person admin, UUID subscription, int seats, Random random, int step) {
		int limit = 1 + random.nextInt(seats);
		KeyType type = random.nextBoolean() ? KeyType.DYNAMIC : KeyType.RESERVED;
		if (type == KeyType.RESERVED && limit > poolLeft(subscription, seats)) {
			assertThatThrownBy(() -> this.additionalKeys.create(account, admin.id(), subscription, "k" + step, limit, type,
					null)).isInstanceOf(SeatsTakenException.class);
			return null;
		}
		this.additionalKeys.create(account, admin.id(), subscription, "k" + step, limit, type, null);
		return Step.CREATE;
	}

	private Step resize(UUID account, Person admin, UUID subscription, int seats, Random random) {
		List<KeyView> additional = additionalKeys(account, admin);
		if (additional.isEmpty()) {
			return null;
		}
		KeyView key = additional.get(random.nextInt(additional.size()));
		int limit = 1 + random.nextInt(seats);
		if (limit < key.used()) {
			assertThatThrownBy(() -> this.additionalKeys.change(account, admin.id(), key.id(), null, limit))
				.isInstanceOfSatisfying(ValidationException.class,
						(ex) -> assertThat(ex.fieldErrors()).containsEntry("limit", "licensing.limit.belowUsed"));
			return null;
		}
		if (key.type() == KeyType.RESERVED && limit - key.limit() > poolLeft(subscription, seats)) {
			assertThatThrownBy(() -> this.additionalKeys.change(account, admin.id(), key.id(), null, limit))
				.isInstanceOf(SeatsTakenException.class);
			return null;
		}
		assertThat(this.additionalKeys.change(account, admin.id(), key.id(), null, limit).limit()).isEqualTo(limit);
		return Step.RESIZE;
	}

	private Step delete(UUID account, Person admin, Random random, List<String[]> active) {
		List<KeyView> additional = additionalKeys(account, admin);
		if (additional.isEmpty() || random.nextInt(3) != 0) {
			return null;
		}
		KeyView key = additional.get(random.nextInt(additional.size()));
		this.additionalKeys.delete(account, admin.id(), key.id());
		active.removeIf((c) -> c[0].equals(key.key()));
		assertThat(additionalKeys(account, admin)).extracting(KeyView::id).doesNotContain(key.id());
		return Step.DELETE;
	}

	private static DeviceService.Device device(String id) {
		return new DeviceService.Device(id, "PC", null, null, null);
	}

	/** Unreserved seats not in use: what a new or larger reserved key may still set aside. */
	private long poolLeft(UUID subscription, int seats) {
		return seats - reservedSeats(subscription) - poolUsed(subscription);
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
		assertThat(reservedSeats(subscription) + poolUsed(subscription)).as("reserved seats plus seats used from the pool")
			.isLessThanOrEqualTo(seats);
	}

	private long reservedSeats(UUID subscription) {
		return this.jdbc.sql("SELECT COALESCE(SUM(seat_limit), 0) FROM license_key WHERE subscription_id = ? AND type = 'RESERVED'")
			.param(subscription).query(Long.class).single();
	}

	private long poolUsed(UUID subscription) {
		return this.jdbc.sql("SELECT COALESCE(SUM(used), 0) FROM license_key WHERE subscription_id = ? AND type <> 'RESERVED'")
			.param(subscription).query(Long.class).single();
	}

	private int usedOn(UUID keyId) {
		return this.jdbc.sql("SELECT used FROM license_key WHERE id = ?").param(keyId).query(Integer.class).single();
	}

	private List<KeyView> additionalKeys(UUID account, Person admin) {
		return this.licensing.keys(account, admin.id()).stream().filter((k) -> k.type() != KeyType.PRIMARY).toList();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private UUID operator() {
		String token = this.api.operatorToken("operator@seats.example");
		return UUID.fromString((String) this.api.get("/api/v1/me", token).map().get("id"));
	}

}
