package dev.accord.account;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.MutableClock;
import dev.accord.support.Race;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The owner of an API token is emailed once, a week before it expires. */
@AccordIntegrationTest
class TokenReminderIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	TokenReminders reminders;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOwnerIsEmailedOnceAWeekBeforeTheTokenExpiresAndNeverAgain() {
		Person ana = this.api.signUp("ana");
		this.tokens.create(ana.id(), "Deploy bot", new TokenExpiry(30, null), TokenScope.FULL);

		this.reminders.remindDue();
		this.clock.advance(Duration.ofDays(22).plusHours(23));
		this.reminders.remindDue();
		assertThat(reminders(ana)).as("eight days before").isZero();

		this.clock.advance(Duration.ofHours(1).plusMinutes(1));
		this.reminders.remindDue();
		assertThat(reminders(ana)).as("a week before").isEqualTo(1);
		Map<String, Object> mail = this.api.awaitMail(ana.email(), 1);
		assertThat((String) mail.get("subject")).contains("Deploy bot");
		assertThat((String) mail.get("text")).contains("Deploy bot").contains("/security").contains("(UTC)");
		assertThat((String) mail.get("html")).contains("Deploy bot");

		this.reminders.remindDue();
		this.clock.advance(Duration.ofDays(3));
		this.reminders.remindDue();
		this.clock.advance(Duration.ofDays(10));
		this.reminders.remindDue();
		assertThat(reminders(ana)).as("never twice, nor after expiry").isEqualTo(1);
	}

	@Test
	void tokensWithoutExpiryAndTokensMadeToLiveAWeekOrLessGetNoReminder() {
		Person ana = this.api.signUp("ana");
		this.tokens.create(ana.id(), "Forever", TokenExpiry.never(), TokenScope.FULL);
		this.tokens.create(ana.id(), "Short", new TokenExpiry(7, null), TokenScope.READ_ONLY);
		for (int day = 0; day < 10; day++) {
			this.reminders.remindDue();
			this.clock.advance(Duration.ofDays(1));
		}
		assertThat(reminders(ana)).isZero();
	}

	@Test
	void theReminderIsWrittenInTheOwnersLanguage() {
		String email = Api.uniqueEmail("jonas");
		this.api.post("/api/v1/signup", Map.of("email", email, "password", Api.PASSWORD, "firstName", "Jonas",
				"lastName", "Tester", "language", "de"), null).succeeded();
		UUID jonas = this.jdbc.sql("SELECT id FROM user_account WHERE email = ?").param(email).query(UUID.class).single();
		this.tokens.create(jonas, "Build", new TokenExpiry(30, null), TokenScope.FULL);
		this.clock.advance(Duration.ofDays(23).plusMinutes(1));
		this.reminders.remindDue();
		// The sign-up's verification link is the other mail.
		this.api.awaitMail(email, 2);
		Map<String, Object> mail = this.api
			.get("/api/v1/dev/mailbox?to=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8),
					null)
			.items()
			.stream()
			.filter((m) -> ((String) m.get("subject")).contains("Build"))
			.findFirst()
			.orElseThrow();
		assertThat((String) mail.get("subject")).isEqualTo("Ihr API-Token „Build“ läuft bald ab");
		assertThat((String) mail.get("text")).contains("Hallo").contains("Sicherheitseinstellungen");
	}

	@Test
	void twoInstancesRunningTheJobAtOnceSendOneMail() throws Exception {
		Person ana = this.api.signUp("ana");
		this.tokens.create(ana.id(), "Raced", new TokenExpiry(30, null), TokenScope.FULL);
		this.clock.advance(Duration.ofDays(23).plusMinutes(1));
		List<Integer> sent = Race.of(this.reminders::remindDue, this.reminders::remindDue);
		assertThat(reminders(ana)).isEqualTo(1);
		assertThat(sent).hasSize(2);
	}

	/** The reminders queued for this person (the outbox keeps every message it was given). */
	private long reminders(Person person) {
		return this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject LIKE ?")
			.params(person.email(), "%expires soon%")
			.query(Long.class)
			.single();
	}

}
