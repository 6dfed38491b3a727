package dev.accord.account;

import java.time.Duration;
import java.util.Map;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Mails;
import dev.accord.support.MutableClock;
import dev.accord.support.SmtpServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Forgot password over a real SMTP server, including an SMTP outage. */
@AccordIntegrationTest
class PasswordResetMailIntegrationTests {

	static final SmtpServer smtp = new SmtpServer();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		smtp.register(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void stopSmtp() {
		smtp.stop();
	}

	@Test
	void anSmtpOutageDelaysTheResetMailAndLosesNoneAndItIsSentOnce() throws Exception {
		Person ana = this.api.signUp("ana");

		this.mvc.perform(post("/forgot-password").with(csrf()).param("email", ana.email().toUpperCase()))
			.andExpect(content().string(containsString("id=\"forgot-sent\"")));
		awaitFailedAttempt(ana.email());
		smtp.start();
		Thread.sleep(500);
		// The retry waits for its backoff (200 ms on the test clock, which has not moved yet).
		assertThat(smtp.received()).isEmpty();
		assertThat(attempts(ana.email())).isEqualTo(1);

		this.clock.advance(Duration.ofSeconds(1));
		MimeMessage[] received = smtp.awaitMessages(1, 15_000);
		Thread.sleep(1_000);

		assertThat(received).hasSize(1);
		assertThat(smtp.received()).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(ana.email());
		assertThat(received[0].getSubject()).isEqualTo("Choose a new password for Accord My Account");
		assertThat(Mails.html(received[0])).contains("Choose a new password");
	}

	@Test
	void theResetLinkWorksOnceAndSignsOutNothingButSetsTheNewPassword() throws Exception {
		smtp.start();
		Person ana = this.api.signUp("ana");
		this.mvc.perform(post("/forgot-password").with(csrf()).param("email", ana.email())).andExpect(status().is(lessThan(400)));
		String link = Mails.link(Mails.text(smtp.awaitMessages(1, 15_000)[0]), "http://localhost:8080/reset-password?token=");
		String token = link.substring(link.indexOf("token=") + 6);

		this.mvc.perform(get("/reset-password").param("token", token))
			.andExpect(content().string(containsString("id=\"reset-form\"")));
		this.mvc
			.perform(post("/reset-password").with(csrf()).param("token", token).param("password", "a-new-password-1")
				.param("confirmPassword", "a-new-password-2"))
			.andExpect(content().string(containsString("The two passwords are not the same.")));
		this.mvc
			.perform(post("/reset-password").with(csrf()).param("token", token).param("password", "a-new-password-1")
				.param("confirmPassword", "a-new-password-1"))
			.andExpect(redirectedUrl("/signin?reset"));
		this.mvc
			.perform(post("/reset-password").with(csrf()).param("token", token).param("password", "another-password-1")
				.param("confirmPassword", "another-password-1"))
			.andExpect(content().string(containsString("id=\"reset-invalid\"")));

		assertThat(tokenFor(ana.email(), "a-new-password-1")).isEqualTo(201);
		assertThat(tokenFor(ana.email(), Api.PASSWORD)).isEqualTo(401);
		assertThat(tokenFor(ana.email(), "another-password-1")).isEqualTo(401);
		assertThat(this.jdbc.sql("SELECT token_hash FROM password_reset").query(String.class).list())
			.doesNotContain(token)
			.allMatch((hash) -> hash.matches("[0-9a-f]{64}"));
	}

	@Test
	void theResetLinkExpiresAfterOneHour() throws Exception {
		smtp.start();
		Person ana = this.api.signUp("ana");
		this.mvc.perform(post("/forgot-password").with(csrf()).param("email", ana.email())).andExpect(status().is(lessThan(400)));
		String link = Mails.link(Mails.text(smtp.awaitMessages(1, 15_000)[0]), "http://localhost:8080/reset-password?token=");
		String token = link.substring(link.indexOf("token=") + 6);

		this.clock.advance(Duration.ofMinutes(61));

		this.mvc.perform(get("/reset-password").param("token", token))
			.andExpect(content().string(containsString("id=\"reset-invalid\"")));
		this.mvc
			.perform(post("/reset-password").with(csrf()).param("token", token).param("password", "a-new-password-1")
				.param("confirmPassword", "a-new-password-1"))
			.andExpect(content().string(containsString("id=\"reset-invalid\"")));
		assertThat(tokenFor(ana.email(), Api.PASSWORD)).isEqualTo(201);
	}

	@Test
	void anUnknownEmailGetsTheSameAnswerAndNoMail() throws Exception {
		smtp.start();

		this.mvc.perform(post("/forgot-password").with(csrf()).param("email", Api.uniqueEmail("nobody")))
			.andExpect(content().string(containsString("id=\"forgot-sent\"")));
		this.mvc.perform(post("/forgot-password").with(csrf()).param("email", "not an email"))
			.andExpect(content().string(containsString("Enter a valid email address")));

		Thread.sleep(500);
		assertThat(smtp.received()).isEmpty();
	}

	private int tokenFor(String email, String password) {
		return this.api.post("/api/v1/tokens", Map.of("email", email, "password", password, "name", "t"), null).status();
	}

	private Integer attempts(String email) {
		return this.jdbc.sql("SELECT MAX(attempts) FROM mail_outbox WHERE recipient = ?")
			.param(email)
			.query(Integer.class)
			.single();
	}

	private void awaitFailedAttempt(String email) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < deadline) {
			Integer attempts = attempts(email);
			if (attempts != null && attempts >= 1) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the dispatcher never tried to deliver while SMTP was down");
	}

}
