package dev.accord.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

/**
 * The Activity log at 1,000,000 entries in one business account on PostgreSQL: seeds the entries
 * (28 actions, 1,000 people, two years), then measures the audit-events API over real HTTP:
 * first, middle and last page of 50, each filter, p50/p99 of sequential calls and pages/s with 4
 * callers, and the same server's liveness endpoint as the baseline.
 *
 * <p>Run: {@code ./mvnw -q -Pbench test-compile exec:java -Dbench=AuditLogBenchmark}
 */
public final class AuditLogBenchmark {

	static final int ENTRIES = Integer.getInteger("entries", 1_000_000);

	static final String[] ACTIONS = { "COMPANY_INFO_CHANGED", "INVITATION_SENT", "INVITATION_RESENT",
			"INVITATION_REVOKED", "INVITATION_ACCEPTED", "MEMBER_JOINED", "MEMBER_ROLE_CHANGED", "MEMBER_NOTES_CHANGED",
			"MEMBER_BLOCKED", "MEMBER_UNBLOCKED", "MEMBER_REMOVED", "MEMBER_LEFT", "LICENSE_ADMINISTRATOR_GRANTED",
			"LICENSE_ADMINISTRATOR_REMOVED", "SUBSCRIPTION_PROVISIONED", "SUBSCRIPTION_RENAMED",
			"SUBSCRIPTION_AUTO_RENEW_SWITCHED", "KEY_CREATED", "KEY_RENAMED", "KEY_RESIZED", "KEY_DELETED",
			"COMPUTER_ACTIVATED", "COMPUTER_DEACTIVATED", "COMPUTER_BLACKLISTED", "COMPUTER_UNBLACKLISTED",
			"COMPUTER_MOVED", "COMPUTER_EDITED", "KEY_REGISTERED" };

	public static void main(String[] args) throws Exception {
		try (BenchServer server = new BenchServer()) {
			Seeded seeded = seed(server);
			String events = "/api/v1/business-accounts/" + seeded.accountId + "/audit-events?limit=50";
			LocalDate today = LocalDate.now(ZoneOffset.UTC);
			Map<String, String> scenarios = new LinkedHashMap<>();
			scenarios.put("first page", events);
			scenarios.put("middle page (entry 500,000)", events + "&cursor=" + seeded.middle);
			scenarios.put("last page", events + "&cursor=" + seeded.last);
			scenarios.put("action=MEMBER_ROLE_CHANGED (1/27 of entries)", events + "&action=MEMBER_ROLE_CHANGED");
			scenarios.put("action=KEY_REGISTERED (100 entries)", events + "&action=KEY_REGISTERED");
			scenarios.put("personId (actor or subject, ~2,000 entries)", events + "&personId=" + seeded.person);
			scenarios.put("one month, a year ago", events + "&from=" + today.minusDays(365) + "&to="
					+ today.minusDays(335));
			scenarios.put("action + person + month", events + "&action=MEMBER_NOTES_CHANGED&personId=" + seeded.person
					+ "&from=" + today.minusDays(365) + "&to=" + today.minusDays(335));

			System.out.printf(Locale.ROOT, "%nActivity, %,d entries in one business account%n%n", ENTRIES);
			System.out.println("| scenario | p50 ms | p99 ms | max ms | pages/s (4 callers) |");
			System.out.println("|---|---|---|---|---|");
			for (var scenario : scenarios.entrySet()) {
				Runnable call = () -> BenchServer.check(server.send("GET", scenario.getValue(), null, seeded.token));
				BenchServer.Stats stats = BenchServer.latency(300, 2000, call);
				double perSecond = BenchServer.throughput(4, Duration.ofSeconds(10), () -> call);
				System.out.printf(Locale.ROOT, "| %s | %s | %.0f |%n", scenario.getKey(), stats.row(), perSecond);
			}
			Runnable trivial = () -> BenchServer.check(server.send("GET", "/actuator/health/liveness", null, null));
			BenchServer.Stats baseline = BenchServer.latency(300, 2000, trivial);
			System.out.printf(Locale.ROOT, "| baseline: /actuator/health/liveness | %s | %.0f |%n", baseline.row(),
					BenchServer.throughput(4, Duration.ofSeconds(10), () -> trivial));
		}
	}

	record Seeded(String token, String accountId, String person, String middle, String last) {
	}

	private static Seeded seed(BenchServer server) throws Exception {
		BenchServer.Owner owner = server.ownerWithAccount();
		String token = owner.token();
		String accountId = owner.accountId();
		DataSource db = server.postgres.getPostgresDatabase();
		long start = System.nanoTime();
		String person = "00000000-0000-4000-8000-000000000007";
		try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
			String actions = "ARRAY['" + String.join("','", java.util.Arrays.copyOf(ACTIONS, ACTIONS.length - 1)) + "']";
			// People are uuids ...0000 to ...0999 (as actors and as subjects); times spread over two years.
			sql.execute("""
					INSERT INTO audit_event (business_account_id, occurred_at, actor_type, actor_id, actor_name, action,
					    object_type, object_id, object_label, person_id, before_json, after_json, ip)
					SELECT '%1$s', now() - (random() * 730) * INTERVAL '1 day', 'PERSON',
					       '00000000-0000-4000-8000-' || lpad((i %% 1000)::text, 12, '0'), 'Person ' || (i %% 1000),
					       (%2$s)[1 + (i %% 27)], 'MEMBERSHIP', 'object-' || i, 'Member ' || (i %% 997),
					       ('00000000-0000-4000-8000-' || lpad(((i * 7) %% 1000)::text, 12, '0'))::uuid,
					       '{"role":"REGULAR_MEMBER"}', '{"role":"ACCOUNT_ADMINISTRATOR"}', '10.0.0.' || (i %% 250)
					FROM generate_series(1, %3$d) AS i""".formatted(accountId, actions, ENTRIES - 100));
			sql.execute("""
					INSERT INTO audit_event (business_account_id, occurred_at, actor_type, actor_id, actor_name, action,
					    object_type, object_id, object_label, person_id, before_json, after_json, ip)
					SELECT '%s', now() - (random() * 730) * INTERVAL '1 day', 'PERSON', 'someone', 'Someone',
					       'KEY_REGISTERED', 'LICENSE_KEY', 'key-' || i, 'Key ' || i, NULL, '{}', '{"seats":10}', '10.0.0.1'
					FROM generate_series(1, 100) AS i""".formatted(accountId));
			sql.execute("ANALYZE audit_event");
			String middle = cursorAt(sql, accountId, ENTRIES / 2);
			String last = cursorAt(sql, accountId, ENTRIES - 50);
			System.out.printf(Locale.ROOT, "Seeded %,d entries in %.1f s%n", ENTRIES, (System.nanoTime() - start) / 1e9);
			return new Seeded(token, accountId, person, middle, last);
		}
	}

	/** The cursor the API would hand out after this many entries (its format: time|id, base64url). */
	private static String cursorAt(Statement sql, String accountId, int offset) throws Exception {
		try (ResultSet rs = sql.executeQuery("""
				SELECT occurred_at, id FROM audit_event WHERE business_account_id = '%s'
				ORDER BY occurred_at DESC, id DESC OFFSET %d LIMIT 1""".formatted(accountId, offset - 1))) {
			rs.next();
			String key = rs.getObject(1, java.time.OffsetDateTime.class).toInstant() + "|" + rs.getLong(2);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
		}
	}
}
