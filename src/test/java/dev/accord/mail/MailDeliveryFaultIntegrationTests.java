package dev.accord.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Mails;
import dev.accord.support.MutableClock;
import dev.accord.support.SmtpServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery over a real SMTP server when things go wrong. The application runs no dispatcher of its
 * own here; each test starts "instances" (dispatcher thread pools) on the same database.
 */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.mail.dispatchers=0")
class MailDeliveryFaultIntegrationTests {

	static final SmtpServer smtp = new SmtpServer();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		smtp.register(registry);
	}

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailTransport transport;

	@Autowired
	OutboxSignal signal;

	@Autowired
	MailSettings settings;

	@Autowired
	MutableClock clock;

	@Autowired
	MailService mail;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Api api;

	private final List<MailDispatchers> instances = new ArrayList<>();

	private final List<DyingTransport> dying = new ArrayList<>();

	private String run;

	private OutboxProbe probe;

	@BeforeEach
	void probe() {
		this.probe = new OutboxProbe(this.jdbc);
	}

	@AfterEach
	void stopInstancesAndSmtp() {
		this.dying.forEach(DyingTransport::bury);
		this.instances.forEach(MailDispatchers::stop);
		smtp.stop();
	}

	@Test
	void anInstanceKilledWhileDeliveringLosesNoMailAndAnotherFinishesWithinAMinute() throws Exception {
		smtp.start();
		Api.Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		Set<UUID> claimedByTheDying = ConcurrentHashMap.newKeySet();
		DyingTransport dyingTransport = new DyingTransport(this.transport, 120);
		this.dying.add(dyingTransport);
		start(recordingClaims(claimedByTheDying), dyingTransport, Duration.ofMillis(100));
		this.run = UUID.randomUUID().toString().substring(0, 8);
		String[] emails = new String[500];
		for (int i = 0; i < emails.length; i++) {
			emails[i] = "invitee" + i + "." + this.run + "@example.com";
		}

		assertThat(this.api.invite(ana, acme, emails).status()).isEqualTo(200);
		assertThat(dyingTransport.awaitDeath(20_000)).isTrue();
		start(this.outbox, this.transport, Duration.ofMillis(100));
		await(() -> pendingOutside(claimedByTheDying) == 0
				&& smtp.received().length == sentCount() + dyingTransport.inFlight.size());
		Thread.sleep(300);
		long stuck = 500 - sentCount();

		assertThat(stuck).as("messages held under the dead instance's lease").isPositive();
		assertThat(smtp.received()).hasSize(500 - (int) stuck + dyingTransport.inFlight.size());

		this.clock.advance(this.settings.claimLease().plusSeconds(1));
		await(() -> sentCount() == 500);
		Thread.sleep(300);

		Map<String, Integer> copies = OutboxProbe.copiesByMessage(smtp.received());
		assertThat(this.settings.claimLease()).isLessThanOrEqualTo(Duration.ofMinutes(1));
		assertThat(dyingTransport.inFlight).hasSizeBetween(1, 4);
		assertThat(copies).hasSize(500);
		copies.forEach((id, n) -> assertThat(n).as(id).isEqualTo(
				dyingTransport.inFlight.contains(UUID.fromString(id)) ? 2 : 1));
		for (MimeMessage received : smtp.received()) {
			String to = received.getAllRecipients()[0].toString();
			assertThat(Mails.text(received)).contains(to, "http://localhost:8080/join/");
		}
	}

	@Test
	void mailQueuedDuringAnSmtpOutageArrivesOnceEachAfterTheServerReturns() throws Exception {
		start(this.outbox, this.transport, Duration.ofMillis(100));
		List<String> recipients = queueResetMails(50);
		await(() -> this.probe.failedAtLeast(recipients, 1));
		this.clock.advance(Duration.ofSeconds(1));
		await(() -> this.probe.failedAtLeast(recipients, 2));

		smtp.start();
		this.clock.advance(this.settings.retryMax());
		smtp.awaitMessages(50, 10_000);
		Thread.sleep(500);

		MimeMessage[] received = smtp.received();
		assertThat(received).hasSize(50);
		assertThat(OutboxProbe.copiesByMessage(received)).hasSize(50);
		List<String> to = new ArrayList<>();
		for (MimeMessage message : received) {
			to.add(message.getAllRecipients()[0].toString());
		}
		assertThat(to).containsExactlyInAnyOrderElementsOf(recipients);
		assertThat(this.outbox.pending()).isZero();
	}

	@Test
	void aCommitThatQueuesMailWakesAnIdleDispatcherAtOnce() throws Exception {
		smtp.start();
		start(this.outbox, this.transport, Duration.ofHours(1));
		Thread.sleep(300);

		long start = System.nanoTime();
		queueResetMails(1);
		MimeMessage[] received = smtp.awaitMessages(1, 5_000);

		assertThat(received).hasSize(1);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
	}

	private void start(MailOutbox outbox, MailTransport transport, Duration poll) {
		MailDispatcher dispatcher = new MailDispatcher(outbox, transport, this.settings, this.clock);
		MailDispatchers instance = new MailDispatchers(dispatcher, this.signal, 4, poll);
		this.instances.add(instance);
		instance.start();
	}

	private MailOutbox recordingClaims(Set<UUID> tokens) {
		return new MailOutbox(this.jdbc, this.transaction) {

			@Override
			Claim claim(int limit, Duration lease, java.time.Instant now) {
				Claim claim = super.claim(limit, lease, now);
				tokens.add(claim.token());
				return claim;
			}

		};
	}

	private List<String> queueResetMails(int count) {
		List<String> recipients = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			recipients.add(Api.uniqueEmail("outage" + i));
		}
		this.transaction.executeWithoutResult((status) -> recipients.forEach((to) -> this.mail.enqueue(new Mail(to,
				Locale.ENGLISH, "password-reset", new Object[] { "Accord" },
				Map.of("name", "Test", "link", "https://example.com/reset", "validMinutes", 60)))));
		return recipients;
	}

	/** Sent messages of this test's run of invitations. */
	private long sentCount() {
		return this.probe.sent("." + this.run + "@example.com");
	}

	private long pendingOutside(Set<UUID> tokens) {
		return this.probe.pendingOutside("." + this.run + "@example.com", tokens);
	}

	private void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 60_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("not reached within 60 s; received " + smtp.received().length + ", sent "
						+ sentCount() + ", pending " + this.outbox.pending());
			}
			Thread.sleep(50);
		}
	}

}
