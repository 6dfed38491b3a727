package dev.accord.account;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.MutableClock;
import dev.accord.support.Race;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reset links cannot flood a mailbox, one used link voids the others, and a reset may revoke tokens. */
@AccordIntegrationTest
class PasswordResetLimitsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	PasswordResetService resets;

	@Test
	void twentyResetRequestsSendAtMostFiveMailsAndEachGetsTheSameAnswer() throws Exception {
		Person ana = this.api.signUp("ana");

		for (int i = 0; i < 20; i++) {
			this.mvc.perform(post("/forgot-password").with(csrf()).param("email", ana.email()))
				.andExpect(content().string(containsString("id=\"forgot-sent\"")));
		}
		assertThat(resetLinks(ana.email())).hasSize(5);

		this.clock.advance(Duration.ofMinutes(61));
		this.mvc.perform(post("/forgot-password").with(csrf()).param("email", ana.email())).andExpect(status().is(lessThan(400)));
		assertThat(resetLinks(ana.email())).hasSize(6);
	}

	@Test
	@SuppressWarnings("unchecked")
	void twentyResetRequestsAtTheSameMomentSendAtMostFiveMails() throws Exception {
		Person ana = this.api.signUp("ana");
		Callable<Boolean> request = () -> {
			this.resets.request(ana.email());
			return true;
		};

		Race.of(IntStream.range(0, 20).mapToObj((i) -> request).toArray(Callable[]::new));

		assertThat(resetLinks(ana.email())).hasSize(5);
	}

	@Test
	void usingOneResetLinkVoidsThePersonsOtherLinks() throws Exception {
		Person ana = this.api.signUp("ana");
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(post("/forgot-password").with(csrf()).param("email", ana.email())).andExpect(status().is(lessThan(400)));
		}
		List<String> links = resetLinks(ana.email());

		this.mvc.perform(reset(links.get(1)).param("revokeTokens", "false")).andExpect(redirectedUrl("/signin?reset"));

		for (String other : List.of(links.get(0), links.get(2))) {
			this.mvc.perform(get("/reset-password").param("token", other))
				.andExpect(content().string(containsString("id=\"reset-invalid\"")));
			this.mvc.perform(reset(other)).andExpect(content().string(containsString("id=\"reset-invalid\"")));
		}
	}

	@Test
	void theResetPageOffersToRevokeTheApiTokensCheckedByDefault() throws Exception {
		Person ana = this.api.signUp("ana");
		this.mvc.perform(post("/forgot-password").with(csrf()).param("email", ana.email())).andExpect(status().is(lessThan(400)));
		String token = resetLinks(ana.email()).get(0);

		String page = this.mvc.perform(get("/reset-password").param("token", token)).andReturn().getResponse()
			.getContentAsString();

		assertThat(page).contains("Also revoke my API tokens");
		assertThat(page.replaceAll("(?s).*(<input[^>]*name=\"revokeTokens\"[^>]*>).*", "$1")).contains("checked");
	}

	@Test
	void aResetWithTheBoxCheckedRevokesTheTokensAndUncheckedKeepsThem() throws Exception {
		Person ana = this.api.signUp("ana");
		Person bob = this.api.signUp("bob");
		this.mvc.perform(post("/forgot-password").with(csrf()).param("email", ana.email())).andExpect(status().is(lessThan(400)));
		this.mvc.perform(post("/forgot-password").with(csrf()).param("email", bob.email())).andExpect(status().is(lessThan(400)));

		this.mvc.perform(reset(resetLinks(ana.email()).get(0)).param("revokeTokens", "true")).andExpect(status().is(lessThan(400)));
		// An unchecked box sends only the marker Thymeleaf adds next to it.
		this.mvc.perform(reset(resetLinks(bob.email()).get(0)).param("_revokeTokens", "on")).andExpect(status().is(lessThan(400)));

		assertThat(this.api.get("/api/v1/me", ana.token()).status()).isEqualTo(401);
		assertThat(this.api.get("/api/v1/me", bob.token()).status()).isEqualTo(200);
		assertThat(this.api.post("/api/v1/tokens", Map.of("email", ana.email(), "password", "a-new-password-1", "name",
				"t"), null).status()).isEqualTo(201);
	}

	private static MockHttpServletRequestBuilder reset(String token) {
		return post("/reset-password").with(csrf()).param("token", token).param("password", "a-new-password-1")
			.param("confirmPassword", "a-new-password-1");
	}

	/** The reset tokens in the mail written to the outbox for this address. */
	private List<String> resetLinks(String email) {
		return this.jdbc.sql("SELECT text_body FROM mail_outbox WHERE recipient = ? ORDER BY id")
			.param(email)
			.query(String.class)
			.list()
			.stream()
			.map((text) -> text.replaceAll("(?s).*/reset-password\\?token=([A-Za-z0-9_-]+).*", "$1"))
			.toList();
	}

}
