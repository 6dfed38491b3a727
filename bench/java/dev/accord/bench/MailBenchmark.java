package dev.accord.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * Mail at SMTP speed on PostgreSQL, against a local SMTP server (GreenMail, in this JVM): how long
 * one API request inviting 200 people takes, how long after its answer the last of the 200 mails
 * arrives, and the sustained delivery rate of a full outbox. Every round checks that each message
 * arrived exactly once (by its {@code X-Accord-Message} header).
 *
 * <p>Run: {@code ./mvnw -q -Pbench test-compile exec:java -Dbench=MailBenchmark}
 * ({@code -Drounds=10 -Dinvitees=200 -Dqueued=10000 -Dsustained=3})
 */
public final class MailBenchmark {

	static final int ROUNDS = Integer.getInteger("rounds", 10);

	static final int INVITEES = Integer.getInteger("invitees", 200);

	static final int QUEUED = Integer.getInteger("queued", 10_000);

	static final int SUSTAINED = Integer.getInteger("sustained", 3);

	public static void main(String[] args) throws Exception {
		int port = freePort();
		GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		try (BenchServer server = new BenchServer("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
				"--accord.invitations.daily-limit=10000000")) {
			BenchServer.Owner owner = server.ownerWithAccount();
			for (int i = 0; i < 3; i++) {
				inviteRound(server, smtp, owner, "warmup" + i);
			}
			List<double[]> rounds = new ArrayList<>();
			for (int i = 0; i < ROUNDS; i++) {
				rounds.add(inviteRound(server, smtp, owner, "round" + i));
			}
			if (!rounds.isEmpty()) {
				System.out.printf(Locale.ROOT, "%nOne request inviting %d people, %d rounds (after 3 warm-up rounds)%n%n",
						INVITEES, ROUNDS);
				System.out.println("| measure | p50 ms | p90 ms | max ms |");
				System.out.println("|---|---|---|---|");
				System.out.println("| request answered | " + row(rounds, 0) + " |");
				System.out.println("| last mail delivered, after the answer | " + row(rounds, 1) + " |");
				System.out.println("| last mail delivered, after the request was sent | " + row(rounds, 2) + " |");
				System.out.println("| CPU time of the request's server thread | " + row(rounds, 3) + " |");
			}
			System.out.printf(Locale.ROOT, "%nSustained delivery of %,d queued mails%n%n| run | mails/s |%n|---|---|%n", QUEUED);
			for (int i = 1; i <= SUSTAINED; i++) {
				System.out.printf(Locale.ROOT, "| %d | %.0f |%n", i, sustained(server, smtp));
			}
		}
		finally {
			smtp.stop();
		}
	}

	/** One invitation request; returns ms to the answer, from the answer to the last mail, and in all. */
	private static double[] inviteRound(BenchServer server, GreenMail smtp, BenchServer.Owner owner, String round)
			throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		StringBuilder emails = new StringBuilder();
		for (int i = 0; i < INVITEES; i++) {
			emails.append((i > 0) ? "," : "").append("\"p").append(i).append('.').append(round).append("@bench.example\"");
		}
		CountDownLatch all = smtp.getManagers().getSmtpManager().createAndAddNewWaitObject(INVITEES);
		long cpuBefore = requestThreadsCpu();
		long start = System.nanoTime();
		BenchServer.check(server.send("POST", "/api/v1/business-accounts/" + owner.accountId() + "/invitations",
				"{\"language\":\"en\",\"emails\":[" + emails + "]}", owner.token()));
		long answered = System.nanoTime();
		long cpu = requestThreadsCpu() - cpuBefore;
		if (!all.await(60, TimeUnit.SECONDS)) {
			throw new IllegalStateException("not all mails arrived within 60 s");
		}
		long delivered = System.nanoTime();
		checkOnceEach(smtp, INVITEES);
		return new double[] { (answered - start) / 1e6, (delivered - answered) / 1e6, (delivered - start) / 1e6,
				cpu / 1e6 };
	}

	/** Fills the outbox by SQL with copies of a real invitation; mails/s from the first to the last arrival. */
	private static double sustained(BenchServer server, GreenMail smtp) throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		CountDownLatch first = smtp.getManagers().getSmtpManager().createAndAddNewWaitObject(1);
		CountDownLatch all = smtp.getManagers().getSmtpManager().createAndAddNewWaitObject(QUEUED);
		try (Connection connection = server.postgres.getPostgresDatabase().getConnection();
				Statement sql = connection.createStatement()) {
			sql.execute("""
					INSERT INTO mail_outbox (id, recipient, subject, text_body, html_body, created_at, next_attempt_at, attempts)
					SELECT gen_random_uuid(), 'sink' || (i %% 100) || '@bench.example', m.subject, m.text_body, m.html_body,
					       now(), now(), 0
					FROM generate_series(1, %d) AS i,
					     (SELECT subject, text_body, html_body FROM mail_outbox ORDER BY created_at LIMIT 1) AS m"""
				.formatted(QUEUED));
		}
		if (!first.await(10, TimeUnit.SECONDS)) {
			throw new IllegalStateException("no mail arrived within 10 s");
		}
		long start = System.nanoTime();
		if (!all.await(300, TimeUnit.SECONDS)) {
			throw new IllegalStateException("not all mails arrived within 300 s");
		}
		double perSecond = (QUEUED - 1) / ((System.nanoTime() - start) / 1e9);
		checkOnceEach(smtp, QUEUED);
		return perSecond;
	}

	private static void checkOnceEach(GreenMail smtp, int expected) throws Exception {
		Thread.sleep(200);
		MimeMessage[] received = smtp.getReceivedMessages();
		Set<String> ids = new HashSet<>();
		for (MimeMessage message : received) {
			ids.add(message.getHeader("X-Accord-Message")[0]);
		}
		if (received.length != expected || ids.size() != expected) {
			throw new IllegalStateException("expected " + expected + " messages once each, received " + received.length
					+ " copies of " + ids.size());
		}
	}

	private static String row(List<double[]> rounds, int measure) {
		List<Double> values = new ArrayList<>();
		rounds.forEach((r) -> values.add(r[measure]));
		Collections.sort(values);
		return String.format(Locale.ROOT, "%.0f | %.0f | %.0f", values.get(values.size() / 2),
				values.get((int) Math.ceil(values.size() * 0.9) - 1), values.get(values.size() - 1));
	}

	/** CPU time of the server's HTTP threads so far, in ns: the JVM's own cost of a request, whatever the load. */
	private static long requestThreadsCpu() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long total = 0;
		for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null && info.getThreadName().startsWith("http-nio")) {
				total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
			}
		}
		return total;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
