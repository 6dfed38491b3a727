package dev.accord.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * Business Account Users at 100,000 members on PostgreSQL: seeds one business account with
 * 100,000 members, then measures the members API (first, middle and last page of 50; a search by
 * email prefix) over real HTTP: p50/p99 latency of sequential calls and pages/s with 4 callers.
 *
 * <p>Run: {@code ./mvnw -q -Pbench test-compile exec:java -Dbench=MemberListBenchmark}
 */
public final class MemberListBenchmark {

	static final int MEMBERS = Integer.getInteger("members", 100_000);

	static final Pattern CURSOR = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		try (BenchServer server = new BenchServer()) {
			String token = seed(server);
			String members = "/api/v1/business-accounts/" + accountId + "/members?limit=50";
			List<String> cursors = walk(server, members, token);
			String middle = members + "&cursor=" + cursors.get(cursors.size() / 2);
			String last = members + "&cursor=" + cursors.get(cursors.size() - 1);
			String search = members + "&q=" + URLEncoder.encode("member0500", StandardCharsets.UTF_8);
			String filtered = members + "&status=BLOCKED";
			Map<String, String> scenarios = new java.util.LinkedHashMap<>();
			scenarios.put("first page", members);
			scenarios.put("middle page", middle);
			scenarios.put("last page", last);
			scenarios.put("search by email prefix (member0500…, 100 matches)", search);
			scenarios.put("filter status=BLOCKED (1% of members)", filtered);

			System.out.printf(Locale.ROOT, "%nMember list, %,d members in one account, %d pages of 50 walked to the end%n%n",
					MEMBERS, cursors.size() + 1);
			System.out.println("| scenario | p50 ms | p99 ms | max ms | pages/s (4 callers) |");
			System.out.println("|---|---|---|---|---|");
			for (var scenario : scenarios.entrySet()) {
				Runnable call = () -> BenchServer.check(server.send("GET", scenario.getValue(), null, token));
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

	static String accountId;

	private static String seed(BenchServer server) throws Exception {
		BenchServer.Owner owner = server.ownerWithAccount();
		String token = owner.token();
		accountId = owner.accountId();
		DataSource db = server.postgres.getPostgresDatabase();
		long start = System.nanoTime();
		try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("""
					INSERT INTO user_account (id, email, password_hash, first_name, last_name, language, email_verified, created_at)
					SELECT gen_random_uuid(), 'member' || lpad(i::text, 6, '0') || '@bench.example', 'not-a-hash',
					       'First' || i, 'Last' || i, 'en', TRUE, now()
					FROM generate_series(1, %d) AS i""".formatted(MEMBERS));
			sql.execute("""
					INSERT INTO membership (business_account_id, user_id, role, status, member_since, email)
					SELECT '%s', id, 'REGULAR_MEMBER',
					       CASE WHEN random() < 0.01 THEN 'BLOCKED' ELSE 'ACTIVE' END,
					       now() - (random() * 1000) * INTERVAL '1 day', email
					FROM user_account WHERE email LIKE 'member%%@bench.example'""".formatted(accountId));
			sql.execute("ANALYZE");
		}
		System.out.printf(Locale.ROOT, "Seeded %,d members in %.1f s%n", MEMBERS, (System.nanoTime() - start) / 1e9);
		return token;
	}

	private static List<String> walk(BenchServer server, String members, String token) {
		List<String> cursors = new ArrayList<>();
		String cursor = null;
		do {
			String body = BenchServer.check(server.send("GET", members + ((cursor != null) ? "&cursor=" + cursor : ""), null, token));
			Matcher m = CURSOR.matcher(body);
			cursor = m.find() ? m.group(1) : null;
			if (cursor != null) {
				cursors.add(cursor);
			}
		}
		while (cursor != null);
		return cursors;
	}
}
