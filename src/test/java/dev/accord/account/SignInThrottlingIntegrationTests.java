package dev.accord.account;

import java.time.Duration;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Wrong passwords are answered with growing delays per (email, client address) and per client
 * address, with the default numbers: 5 free failures per email and address, 50 per address, then
 * 1 s doubling up to 15 min. No one is locked out from an address without failures.
 */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.account.sign-in.free-failures-per-address=50")
class SignInThrottlingIntegrationTests {


	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theOwnerSignsInFromAnotherAddressAfter25FailedAttemptsForTheirEmail() throws Exception {
		Person ana = this.api.signUp("ana");
		for (int i = 0; i < 25; i++) {
			this.clock.advance(Duration.ofMinutes(16));
			token(ana.email(), "guess-" + i, "198.51.100.61").andExpect(status().isUnauthorized());
		}

		this.mvc.perform(signIn(ana.email(), Api.PASSWORD, "10.0.0.9")).andExpect(redirectedUrl("/dashboard"));
		token(ana.email(), Api.PASSWORD, "10.0.0.10").andExpect(status().isCreated());
	}

	@Test
	void theAttackersAddressGets429WithRetryAfterAndThePageSaysHowLongToWait() throws Exception {
		Person ana = this.api.signUp("ana");
		for (int i = 0; i < 25; i++) {
			this.clock.advance(Duration.ofMinutes(16));
			token(ana.email(), "guess-" + i, "198.51.100.62").andExpect(status().isUnauthorized());
		}

		token(ana.email(), Api.PASSWORD, "198.51.100.62").andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"))
			.andExpect(jsonPath("$.code").value("RATE_LIMITED"))
			.andExpect(jsonPath("$.detail").value(containsString("900 seconds")));
		this.clock.advance(Duration.ofMinutes(5));
		this.mvc.perform(signIn(ana.email(), Api.PASSWORD, "198.51.100.62")).andExpect(redirectedUrl("/signin?throttled=600"));
		this.mvc.perform(get("/signin").param("throttled", "600"))
			.andExpect(content().string(containsString("Wait 600 seconds before you try again")));
	}

	@Test
	void eachFailurePastTheFiveFreeOnesDoublesTheDelayUpTo15Minutes() throws Exception {
		String email = Api.uniqueEmail("nobody");
		String address = "198.51.100.7";
		for (int i = 0; i < 5; i++) {
			token(email, "guess", address).andExpect(status().isUnauthorized());
		}
		for (long expected : new long[] { 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900 }) {
			token(email, "guess", address).andExpect(header().string("Retry-After", Long.toString(expected)));
			this.clock.advance(Duration.ofSeconds(expected - 1));
			token(email, "guess", address).andExpect(header().string("Retry-After", "1"));
			this.clock.advance(Duration.ofSeconds(1));
			token(email, "guess", address).andExpect(status().isUnauthorized());
		}
	}

	@Test
	void anUnknownEmailIsDelayedExactlyLikeAKnownOne() throws Exception {
		Person ana = this.api.signUp("ana");
		String nobody = Api.uniqueEmail("nobody");
		for (int i = 0; i < 5; i++) {
			token(ana.email(), "guess", "198.51.100.8").andExpect(status().isUnauthorized());
			token(nobody, "guess", "198.51.100.8").andExpect(status().isUnauthorized());
		}

		MvcResult known = token(ana.email(), "guess", "198.51.100.8").andReturn();
		MvcResult unknown = token(nobody, "guess", "198.51.100.8").andReturn();

		assertThat(known.getResponse().getStatus()).isEqualTo(429).isEqualTo(unknown.getResponse().getStatus());
		assertThat(known.getResponse().getHeader("Retry-After")).isEqualTo(unknown.getResponse().getHeader("Retry-After"));
		assertThat(known.getResponse().getContentAsString()).isEqualTo(unknown.getResponse().getContentAsString());
	}

	@Test
	void oneAddressFailingFor50EmailsIsDelayedForEveryEmailButNoOtherAddressIs() throws Exception {
		Person ana = this.api.signUp("ana");
		String address = "198.51.100.9";
		for (int i = 0; i < 50; i++) {
			token(Api.uniqueEmail("spray"), "guess", address).andExpect(status().isUnauthorized());
		}

		token(ana.email(), Api.PASSWORD, address).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "1"));
		token(ana.email(), Api.PASSWORD, "198.51.100.10").andExpect(status().isCreated());
	}

	@Test
	void aCompletedPasswordResetClearsTheCountersForTheEmail() throws Exception {
		Person ana = this.api.signUp("ana");
		for (int i = 0; i < 6; i++) {
			token(ana.email(), "guess", "198.51.100.63");
		}
		token(ana.email(), Api.PASSWORD, "198.51.100.63").andExpect(status().isTooManyRequests());

		this.mvc.perform(post("/forgot-password").with(csrf()).param("email", ana.email())).andExpect(status().is(lessThan(400)));
		String link = (String) this.api.awaitMail(ana.email(), 1).get("text");
		String token = link.replaceAll("(?s).*reset-password\\?token=([A-Za-z0-9_-]+).*", "$1");
		this.mvc.perform(post("/reset-password").with(csrf()).param("token", token)
			.param("password", "a-new-password-1").param("confirmPassword", "a-new-password-1"))
			.andExpect(redirectedUrl("/signin?reset"));

		token(ana.email(), "a-new-password-1", "198.51.100.63").andExpect(status().isCreated());
	}

	@Test
	void theCurrentPasswordCheckInSecuritySettingsIsDelayedLikeSignIn() throws Exception {
		Person ana = this.api.signUp("ana");
		var session = this.mvc.perform(signIn(ana.email(), Api.PASSWORD, "198.51.100.11")).andReturn().getResponse()
			.getCookie("SESSION");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(changePassword("wrong-password").cookie(session))
				.andExpect(content().string(containsString("The current password is not correct.")));
		}

		this.mvc.perform(changePassword(Api.PASSWORD).cookie(session))
			.andExpect(content().string(containsString("Wait 1 second before you try again")));
		this.clock.advance(Duration.ofSeconds(1));
		this.mvc.perform(changePassword(Api.PASSWORD).cookie(session)).andExpect(redirectedUrl("/security"));
	}

	@Test
	void failuresOlderThanADayAreRemoved() throws Exception {
		String email = Api.uniqueEmail("nobody");
		token(email, "guess", "198.51.100.12").andExpect(status().isUnauthorized());
		this.clock.advance(Duration.ofHours(25));
		token(email, "guess", "198.51.100.12").andExpect(status().isUnauthorized());

		this.throttle.forgetOldFailures();

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM sign_in_failure WHERE subject = ?")
			.param(email.toLowerCase())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private org.springframework.test.web.servlet.ResultActions token(String email, String password, String address)
			throws Exception {
		return this.mvc.perform(post("/api/v1/tokens").with(from(address))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"" + email + "\", \"password\": \"" + password + "\", \"name\": \"t\"}"));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String email,
			String password, String address) {
		return post("/signin").with(csrf()).with(from(address)).param("email", email).param("password", password);
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder changePassword(
			String current) {
		return post("/security/password").with(csrf()).with(from("198.51.100.11")).param("currentPassword", current)
			.param("newPassword", "a-brand-new-password").param("confirmNewPassword", "a-brand-new-password");
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
