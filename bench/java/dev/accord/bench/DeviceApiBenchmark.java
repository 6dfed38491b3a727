package dev.accord.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The device API on PostgreSQL with 100,000 activated computers: check-ins/s and p99,
 * activations/s and p99, and the same server's trivial endpoint as the baseline, in one run.
 *
 * <p>Run: {@code ./mvnw -q -Pbench test-compile exec:java -Dbench=DeviceApiBenchmark}
 */
public final class DeviceApiBenchmark {

	static final int COMPUTERS = Integer.getInteger("computers", 100_000);

	static final int CALLERS = Integer.getInteger("callers", 8);

	public static void main(String[] args) throws Exception {
		try (BenchServer server = new BenchServer()) {
			String key = seed(server);
			if (Integer.getInteger("hold", 0) > 0) {
				// For profiling by hand: keep the seeded server up and say how to load it.
				Files.writeString(Path.of("target/checkin.lua"), Wrk.checkIn(key, COMPUTERS));
				System.out.printf(Locale.ROOT, "%nServing %s for %d s; key %s; wrk script target/checkin.lua%n",
						server.baseUrl, Integer.getInteger("hold"), key);
				Thread.sleep(Integer.getInteger("hold") * 1000L);
				return;
			}
			Runnable checkIn = () -> ok(server.send("POST", "/api/v1/activations/check-in",
					"{\"licenseKey\":\"" + key + "\",\"deviceId\":\"device-"
							+ ThreadLocalRandom.current().nextInt(COMPUTERS) + "\"}", null), 200);
			AtomicLong fresh = new AtomicLong();
			Runnable activate = () -> ok(server.send("POST", "/api/v1/activations",
					"{\"licenseKey\":\"" + key + "\",\"deviceId\":\"new-" + fresh.incrementAndGet()
							+ "\",\"computerName\":\"Bench PC\"}", null), 201);
			Runnable trivial = () -> ok(server.send("GET", "/actuator/health/liveness", null, null), 200);

			if (Wrk.available()) {
				System.out.printf(Locale.ROOT,
						"%nDevice API, %,d activated computers on one key; load from wrk (%s), a separate process%n%n",
						COMPUTERS, Wrk.ARGS);
				System.out.println("| call | connections | p50 ms | p99 ms | calls/s |");
				System.out.println("|---|---|---|---|---|");
				// One unmeasured round of each call first, so that the JIT has compiled the paths.
				Wrk.run("warm-up", server.baseUrl, Wrk.checkIn(key, COMPUTERS), 32);
				Wrk.run("warm-up", server.baseUrl, Wrk.activate(key), 32);
				for (int connections : new int[] { 4, 8, 32 }) {
					System.out.println(Wrk.run("check-in (random computer)", server.baseUrl, Wrk.checkIn(key, COMPUTERS),
							connections));
				}
				for (int connections : new int[] { 4, 8, 32 }) {
					System.out.println(Wrk.run("activation (new computer)", server.baseUrl, Wrk.activate(key),
							connections));
				}
				for (int connections : new int[] { 4, 32 }) {
					System.out.println(Wrk.run("baseline: /actuator/health/liveness",
							server.baseUrl + "/actuator/health/liveness", null, connections));
				}
				return;
			}
			System.out.printf(Locale.ROOT, "%nDevice API, %,d activated computers on one key, %d in-process callers "
					+ "(install wrk for a separate load generator)%n%n", COMPUTERS, CALLERS);
			System.out.println("| call | p50 ms | p99 ms | max ms | calls/s |");
			System.out.println("|---|---|---|---|---|");
			report("check-in (random computer)", checkIn);
			report("activation (new computer)", activate);
			report("baseline: /actuator/health/liveness", trivial);
		}
	}

	private static void report(String name, Runnable call) throws InterruptedException {
		BenchServer.Stats stats = BenchServer.latency(500, 3000, call);
		double perSecond = BenchServer.throughput(CALLERS, Duration.ofSeconds(10), () -> call);
		System.out.printf(Locale.ROOT, "| %s | %s | %.0f |%n", name, stats.row(), perSecond);
	}

	private static String seed(BenchServer server) throws Exception {
		BenchServer.Owner owner = server.ownerWithAccount();
		String token = owner.token();
		String account = owner.accountId();
		long start = System.nanoTime();
		String subscription = java.util.UUID.randomUUID().toString();
		String keyValue = "ACRD-BENCH-00000-00000-00000-00001";
		try (Connection connection = server.postgres.getPostgresDatabase().getConnection();
				Statement sql = connection.createStatement()) {
			LocalDate today = LocalDate.now();
			sql.execute("INSERT INTO subscription (id, business_account_id, name, product, seats, activation_date, "
					+ "expiration_date, auto_renew, created_at) VALUES ('%s', '%s', 'Bench', 'Bench', %d, '%s', '%s', FALSE, now())"
						.formatted(subscription, account, COMPUTERS * 3, today, today.plusYears(1)));
			sql.execute("INSERT INTO license_key (id, subscription_id, business_account_id, type, name, key_value, key_hash, "
					+ "seat_limit, used, created_at) VALUES (gen_random_uuid(), '%s', '%s', 'PRIMARY', 'Bench', '%s', '%s', NULL, %d, now())"
						.formatted(subscription, account, keyValue,
								dev.accord.platform.SecureTokens.sha256(keyValue.replace("-", "")), COMPUTERS));
			sql.execute("""
					INSERT INTO activation (id, license_key_id, subscription_id, device_id, computer_name, status, activated_at)
					SELECT gen_random_uuid(), k.id, k.subscription_id, 'device-' || i, 'PC ' || i, 'ACTIVE', now()
					FROM license_key k, generate_series(0, %d) AS i WHERE k.subscription_id = '%s'"""
				.formatted(COMPUTERS - 1, subscription));
			sql.execute("ANALYZE");
		}
		System.out.printf(Locale.ROOT, "Seeded %,d computers in %.1f s%n", COMPUTERS, (System.nanoTime() - start) / 1e9);
		return keyValue;
	}

	private static void ok(HttpResponse<String> response, int expected) {
		if (response.statusCode() != expected) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
	}
}
