package dev.accord.invitation;

import java.util.Map;
import java.util.UUID;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static dev.accord.invitation.Invites.invite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AccordIntegrationTest
@TestPropertySource(properties = "accord.invitations.daily-limit=3")
class InvitationLimitsIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	@Test
	void anAccountSendsAtMostTheDailyLimitIn24HoursResendsIncluded() {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		String bob = Api.uniqueEmail("bob");

		assertThat(this.api.invite(ana, acme, bob, Api.uniqueEmail("carol")).status()).isEqualTo(200);
		assertThat(this.api.invite(ana, acme, bob).status()).isEqualTo(200);

		Response over = this.api.invite(ana, acme, Api.uniqueEmail("dave"));
		assertThat(over.status()).isEqualTo(429);
		assertThat(over.code()).isEqualTo("RATE_LIMITED");
		String id = this.api.get("/api/v1/business-accounts/" + acme + "/invitations", ana.token()).items().get(0)
			.get("id").toString();
		assertThat(this.api.post("/api/v1/business-accounts/" + acme + "/invitations/" + id + "/resend", null,
				ana.token()).status()).isEqualTo(429);

		Person eve = this.api.signUp("eve");
		UUID other = this.api.createBusiness(eve, "Other");
		assertThat(invite(Api.uniqueEmail("x")).sentBy(this.api, eve, other).status()).isEqualTo(200);
	}

	@Test
	void wrongPasswordsOnTheJoinPageAreThrottledLikeSignIn() {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		Person bob = this.api.signUp("bob");
		this.api.invite(ana, acme, bob.email()).succeeded();
		String token = Api.joinToken(this.api.awaitMail(bob.email(), 1));

		for (int i = 0; i < 5; i++) {
			assertThat(this.api.post("/api/v1/invitations/" + token + "/accept", Map.of("password", "guess-" + i), null)
				.status()).isEqualTo(401);
		}
		Response throttled = this.api.post("/api/v1/invitations/" + token + "/accept",
				Map.of("password", Api.PASSWORD), null);

		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.code()).isEqualTo("RATE_LIMITED");
		assertThat(this.api.post("/api/v1/tokens", Map.of("email", bob.email(), "password", Api.PASSWORD, "name", "t"),
				null).status()).isEqualTo(429);
	}

	@Test
	void theJoinPageAndTheAcceptApiSayHowLongToWaitAndAnotherAddressStillJoins() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		Person bob = this.api.signUp("bob");
		this.api.invite(ana, acme, bob.email()).succeeded();
		String token = Api.joinToken(this.api.awaitMail(bob.email(), 1));
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/join/{token}", token).with(csrf()).with(from("198.51.100.20")).param("password", "guess"))
				.andExpect(content().string(containsString("The password is not correct.")));
		}

		this.mvc.perform(post("/join/{token}", token).with(csrf()).with(from("198.51.100.20")).param("password", Api.PASSWORD))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Wait 1 second before you try again")));
		this.mvc.perform(post("/api/v1/invitations/{token}/accept", token).with(from("198.51.100.20"))
			.contentType("application/json").content("{\"password\": \"" + Api.PASSWORD + "\"}"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "1"));
		this.mvc.perform(post("/join/{token}", token).with(csrf()).with(from("198.51.100.21")).param("password", Api.PASSWORD))
			.andExpect(redirectedUrl("/business/" + acme + "/dashboard"));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
