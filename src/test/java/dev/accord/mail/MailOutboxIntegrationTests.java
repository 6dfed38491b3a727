package dev.accord.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The outbox in mailbox mode (no SMTP server configured), the embedded default. */
@AccordIntegrationTest
class MailOutboxIntegrationTests {

	@Autowired
	MailService mail;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	MailRenderer renderer;

	@Autowired
	Api api;

	@Test
	void dispatchersRacingOverTheSameMessagesDeliverEachExactlyOnce() throws Exception {
		String to = Api.uniqueEmail("race");
		this.transaction.executeWithoutResult((status) -> {
			for (int i = 0; i < 30; i++) {
				this.mail.enqueue(resetMail(to, "https://example.com/" + i));
			}
		});

		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			CyclicBarrier start = new CyclicBarrier(4);
			List<Future<Integer>> rounds = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				rounds.add(pool.submit(() -> {
					start.await();
					return this.dispatcher.dispatchDue();
				}));
			}
			for (Future<Integer> round : rounds) {
				round.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		awaitDelivered(to, 30);
		Thread.sleep(300);

		assertThat(count("SELECT COUNT(*) FROM dev_mailbox WHERE recipient = ?", to)).isEqualTo(30);
		assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND sent_at IS NOT NULL", to))
			.isEqualTo(30);
	}

	@Test
	void mailQueuedInARolledBackTransactionIsNeverSent() throws Exception {
		String to = Api.uniqueEmail("rollback");

		this.transaction.executeWithoutResult((status) -> {
			this.mail.enqueue(resetMail(to, "https://example.com/x"));
			status.setRollbackOnly();
		});
		Thread.sleep(300);

		assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", to)).isZero();
		assertThat(count("SELECT COUNT(*) FROM dev_mailbox WHERE recipient = ?", to)).isZero();
	}

	@Test
	void mailCannotBeQueuedOutsideATransaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.mail.enqueue(resetMail("a@example.com", "x")));
	}

	@Test
	void theMailboxShowsDeliveredMailToLoopbackOnly() throws Exception {
		String to = Api.uniqueEmail("box");
		this.transaction.executeWithoutResult((status) -> this.mail.enqueue(resetMail(to, "https://example.com/<b>")));
		awaitDelivered(to, 1);

		this.mvc.perform(get("/api/v1/dev/mailbox").param("to", to.toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].to").value(to))
			.andExpect(jsonPath("$.items[0].subject").value("Choose a new password for Accord My Account"))
			.andExpect(jsonPath("$.items[0].text").value(containsString("https://example.com/<b>")));
		this.mvc.perform(get("/dev/mailbox").param("to", to))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Development mailbox")));

		this.mvc.perform(get("/api/v1/dev/mailbox").with((request) -> {
			request.setRemoteAddr("203.0.113.7");
			return request;
		})).andExpect(status().isNotFound());
		this.mvc.perform(get("/dev/mailbox").header("X-Forwarded-For", "203.0.113.7"))
			.andExpect(status().isNotFound());
	}

	@Test
	void healthTellsTheMailModeAndHasNoSmtpCheckInMailboxMode() {
		Api.Response health = this.api.get("/actuator/health", null);

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).contains("\"mailOutbox\"").doesNotContain("\"mail\":");
	}

	@Test
	void aMailRenderedOnceForManyRecipientsReadsExactlyAsIfRenderedForEach() {
		for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.JAPANESE)) {
			Map<String, Object> shared = Map.of("inviterName", "Ana <Ops> & \"Co\"", "companyName", "O'Neil & Söhne",
					"expires", "1 January 2027");
			MailRenderer.Personalizable once = this.renderer.personalizable(invitation(locale, shared, "x@example.com", "a"));
			for (String to : List.of("o'brien&co@example.com", "zoë@example.com")) {
				Mail mail = invitation(locale, shared, to, "https://example.com/join/t?a=1&b=<2>");

				assertThat(once.fill(mail.model())).isEqualTo(this.renderer.render(mail));
			}
		}
	}

	private static Mail invitation(Locale locale, Map<String, Object> shared, String to, String link) {
		Map<String, Object> model = new java.util.HashMap<>(shared);
		model.put("email", to);
		model.put("link", link);
		return new Mail(to, locale, "invitation", new Object[] { shared.get("inviterName"), shared.get("companyName") },
				model, java.util.Set.of("email", "link"));
	}

	private static Mail resetMail(String to, String link) {
		return new Mail(to, Locale.ENGLISH, "password-reset", new Object[] { "Accord" },
				Map.of("name", "Test", "link", link, "validMinutes", 60));
	}

	private long count(String sql, String to) {
		return this.jdbc.sql(sql).param(to).query(Long.class).single();
	}

	private void awaitDelivered(String to, int expected) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		while (count("SELECT COUNT(*) FROM dev_mailbox WHERE recipient = ?", to) < expected
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
	}

}
