package dev.accord.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.accord.audit.AuditAction;
import dev.accord.audit.AuditLog;
import dev.accord.audit.AuditPage;
import dev.accord.audit.AuditQuery;
import dev.accord.business.MemberPage;
import dev.accord.business.MemberQuery;
import dev.accord.business.MembershipService;
import dev.accord.business.MembershipStatus;
import dev.accord.platform.Keyset;

/**
 * The lists people navigate (issue #13) at 100,000 rows, on H2 and on PostgreSQL: seeds one business
 * account with 100,000 members and 100,000 audit entries, then measures what the Users and Activity
 * pages ask of the services for a page of 50 — the first page, a middle page (offset 50,000, reached
 * by Next), Previous from there, and the capped count behind "1–50 of more than 10,000" — as p50/p99
 * of sequential calls in the running portal; an exact {@code count(*)} of the whole list beside it
 * shows what the cap saves.
 *
 * <p>Run: {@code ./mvnw -q -Pbench test-compile exec:java -Dbench=ListPagesBenchmark}
 * ({@code -Drows=…} for another size, {@code -Ddb=h2} or {@code -Ddb=postgres} for one database).
 */
public final class ListPagesBenchmark {

	static final int ROWS = Integer.getInteger("rows", 100_000);

	static final int PAGE = 50;

	public static void main(String[] args) throws Exception {
		String only = System.getProperty("db", "");
		System.out.printf(Locale.ROOT, "%d cores; load average before: %s%n", Runtime.getRuntime().availableProcessors(),
				loadAverage());
		if (!only.equals("postgres")) {
			try (BenchServer server = BenchServer.onH2()) {
				run("H2 (in memory, PostgreSQL mode)", server, false);
			}
		}
		if (!only.equals("h2")) {
			try (BenchServer server = new BenchServer()) {
				run("PostgreSQL (embedded)", server, true);
			}
		}
		System.out.printf(Locale.ROOT, "%nload average after: %s%n", loadAverage());
	}

	private static void run(String database, BenchServer server, boolean postgres) throws Exception {
		BenchServer.Owner owner = server.ownerWithAccount();
		UUID account = UUID.fromString(owner.accountId());
		UUID caller = UUID.fromString(BenchServer.field(
				BenchServer.check(server.send("GET", "/api/v1/me", null, owner.token())), "id"));
		DataSource db = server.app.getBean(DataSource.class);
		long start = System.nanoTime();
		seed(db, account, postgres);
		System.out.printf(Locale.ROOT, "%n### %s%n%nSeeded %,d members and %,d audit entries in %.1f s%n%n", database,
				ROWS, ROWS, (System.nanoTime() - start) / 1e9);

		MembershipService members = server.app.getBean(MembershipService.class);
		AuditLog audit = server.app.getBean(AuditLog.class);
		MemberQuery firstMembers = MemberQuery.firstPage(PAGE);
		AuditQuery firstEntries = new AuditQuery(null, null, null, null, null, PAGE);
		// The cursor a Next link carries to offset 50,000: the key of the 50,000th row, as the list makes it.
		String toMiddleMembers = new Keyset(false, ROWS / 2, string(db, "SELECT email FROM membership"
				+ " WHERE business_account_id = '" + account + "' ORDER BY email LIMIT 1 OFFSET " + (ROWS / 2 - 1)))
			.encode();
		String toMiddleEntries = new Keyset(false, ROWS / 2, string(db, "SELECT occurred_at, id FROM audit_event"
				+ " WHERE business_account_id = '" + account + "' ORDER BY occurred_at DESC, id DESC LIMIT 1 OFFSET "
				+ (ROWS / 2 - 1)))
			.encode();
		MemberPage middleMembers = members.members(account, caller,
				new MemberQuery(null, null, null, null, toMiddleMembers, PAGE));
		AuditPage middleEntries = audit.page(account, caller, firstEntries.after(toMiddleEntries));
		System.out.printf(Locale.ROOT, "Middle pages: members %,d–%,d, entries %,d–%,d%n%n", middleMembers.offset() + 1,
				middleMembers.offset() + PAGE, middleEntries.offset() + 1, middleEntries.offset() + PAGE);

		Map<String, Runnable> scenarios = new LinkedHashMap<>();
		scenarios.put("Users: first page", () -> members.members(account, caller, firstMembers));
		scenarios.put("Users: middle page (Next to 50,001–50,050)", () -> members.members(account, caller,
				new MemberQuery(null, null, null, null, toMiddleMembers, PAGE)));
		scenarios.put("Users: Previous from the middle page", () -> members.members(account, caller,
				new MemberQuery(null, null, null, null, middleMembers.previousCursor(), PAGE)));
		scenarios.put("Users: capped count (more than 10,000)", () -> members.countMembers(account, caller, firstMembers));
		scenarios.put("Users: count of status=BLOCKED (~1%, exact)", () -> members.countMembers(account, caller,
				new MemberQuery(null, null, MembershipStatus.BLOCKED, null, null, PAGE)));
		scenarios.put("Users: exact count(*) of all members (not used)", () -> count(db,
				"SELECT count(*) FROM membership WHERE business_account_id = '" + account + "'"));
		scenarios.put("Activity: first page", () -> audit.page(account, caller, firstEntries));
		scenarios.put("Activity: middle page (Next to 50,001–50,050)", () -> audit.page(account, caller,
				firstEntries.after(toMiddleEntries)));
		scenarios.put("Activity: Previous from the middle page", () -> audit.page(account, caller,
				firstEntries.after(middleEntries.previousCursor())));
		scenarios.put("Activity: capped count (more than 10,000)", () -> audit.count(account, caller, firstEntries));
		scenarios.put("Activity: count of action=KEY_CREATED (1%, exact)", () -> audit.count(account, caller,
				new AuditQuery(AuditAction.KEY_CREATED, null, null, null, null, PAGE)));
		scenarios.put("Activity: exact count(*) of all entries (not used)", () -> count(db,
				"SELECT count(*) FROM audit_event WHERE business_account_id = '" + account + "'"));

		System.out.println("| scenario | p50 ms | p99 ms | max ms |");
		System.out.println("|---|---|---|---|");
		for (var scenario : scenarios.entrySet()) {
			BenchServer.Stats stats = BenchServer.latency(100, 500, scenario.getValue());
			System.out.printf(Locale.ROOT, "| %s | %s |%n", scenario.getKey(), stats.row());
		}
	}

	/** The row's columns as the list's key text: one column as it is, an instant and an id as "instant|id". */
	private static String string(DataSource db, String sql) {
		try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			if (rs.getMetaData().getColumnCount() == 1) {
				return rs.getString(1);
			}
			return rs.getObject(1, java.time.OffsetDateTime.class).toInstant() + "|" + rs.getLong(2);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long count(DataSource db, String sql) {
		try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void seed(DataSource db, UUID account, boolean postgres) throws Exception {
		try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
			if (postgres) {
				sql.execute("""
						INSERT INTO user_account (id, email, password_hash, first_name, last_name, language, email_verified, created_at)
						SELECT gen_random_uuid(), 'member' || lpad(i::text, 6, '0') || '@bench.example', 'not-a-hash',
						       'First' || i, 'Last' || i, 'en', TRUE, now()
						FROM generate_series(1, %d) AS i""".formatted(ROWS));
				sql.execute("""
						INSERT INTO membership (business_account_id, user_id, role, status, member_since, email, first_name, last_name)
						SELECT '%s', id, 'REGULAR_MEMBER', CASE WHEN random() < 0.01 THEN 'BLOCKED' ELSE 'ACTIVE' END,
						       now() - (random() * 1000) * INTERVAL '1 day', email, first_name, last_name
						FROM user_account WHERE email LIKE 'member%%@bench.example'""".formatted(account));
				sql.execute("""
						INSERT INTO audit_event (business_account_id, occurred_at, actor_type, actor_id, actor_name, action,
						    object_type, object_id, object_label, before_json, after_json)
						SELECT '%s', now() - i * INTERVAL '1 minute', 'SYSTEM', 'bench', 'Bench',
						       CASE WHEN i %% 100 = 0 THEN 'KEY_CREATED' ELSE 'MEMBER_JOINED' END, 'MEMBERSHIP', 'o' || i,
						       'Member ' || i, '{}', '{"role":"REGULAR_MEMBER"}'
						FROM generate_series(1, %d) AS i""".formatted(account, ROWS));
			}
			else {
				sql.execute("""
						INSERT INTO user_account (id, email, password_hash, first_name, last_name, language, email_verified, created_at)
						SELECT RANDOM_UUID(), 'member' || LPAD(CAST(n AS VARCHAR), 6, '0') || '@bench.example', 'not-a-hash',
						       'First' || n, 'Last' || n, 'en', TRUE, CURRENT_TIMESTAMP
						FROM (SELECT "X" AS n FROM SYSTEM_RANGE(1, %d)) r""".formatted(ROWS));
				sql.execute("""
						INSERT INTO membership (business_account_id, user_id, role, status, member_since, email, first_name, last_name)
						SELECT '%s', id, 'REGULAR_MEMBER', CASE WHEN RAND() < 0.01 THEN 'BLOCKED' ELSE 'ACTIVE' END,
						       DATEADD('SECOND', -CAST(RAND() * 86400000 AS INT), CURRENT_TIMESTAMP), email, first_name, last_name
						FROM user_account WHERE email LIKE 'member%%@bench.example'""".formatted(account));
				sql.execute("""
						INSERT INTO audit_event (business_account_id, occurred_at, actor_type, actor_id, actor_name, action,
						    object_type, object_id, object_label, before_json, after_json)
						SELECT '%s', DATEADD('MINUTE', -n, CURRENT_TIMESTAMP), 'SYSTEM', 'bench', 'Bench',
						       CASE WHEN MOD(n, 100) = 0 THEN 'KEY_CREATED' ELSE 'MEMBER_JOINED' END, 'MEMBERSHIP', 'o' || n,
						       'Member ' || n, '{}', '{"role":"REGULAR_MEMBER"}'
						FROM (SELECT "X" AS n FROM SYSTEM_RANGE(1, %d)) r""".formatted(account, ROWS));
			}
			sql.execute("ANALYZE");
		}
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (java.io.IOException ex) {
			return "unknown";
		}
	}

}
