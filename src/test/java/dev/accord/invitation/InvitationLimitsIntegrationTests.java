package dev.accord.invitation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import dev.accord.account.Principals;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import dev.accord.support.MutableClock;
import dev.accord.support.Race;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static dev.accord.invitation.Invites.invite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.lessThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	JoinService joins;

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
	void fortyJoinClicksByAnUnverifiedInviteeSendAtMostThreeMailsAndLeaveTheDailyLimitUntouched() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		Person bob = this.api.signUp("bob");
		this.api.invite(ana, acme, bob.email()).succeeded();
		String id = this.api.get("/api/v1/business-accounts/" + acme + "/invitations", ana.token()).items().get(0)
			.get("id").toString();

		for (int click = 0; click < 40; click++) {
			if (click == 15 || click == 30) {
				this.clock.advance(Duration.ofMinutes(10));
			}
			this.mvc.perform(post("/invitations/{id}/join", id).with(user(Principals.of(bob))).with(csrf()))
				.andExpect(redirectedUrl("/dashboard"))
				.andExpect(flash().attribute("joinLinkSent", true));
		}

		assertThat(mailsTo(bob.email())).isEqualTo(1 + 3);
		assertThat(this.api.invite(ana, acme, Api.uniqueEmail("carol"), Api.uniqueEmail("dave")).status()).isEqualTo(200);
		assertThat(this.api.invite(ana, acme, Api.uniqueEmail("erin")).status()).isEqualTo(429);
	}

	@Test
	@SuppressWarnings("unchecked")
	void twentyJoinClicksAtTheSameMomentSendOneMail() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		Person bob = this.api.signUp("bob");
		this.api.invite(ana, acme, bob.email());
		UUID id = UUID.fromString(this.api.get("/api/v1/business-accounts/" + acme + "/invitations", ana.token())
			.items().get(0).get("id").toString());
		Callable<Boolean> click = () -> this.joins.joinPending(bob.id(), id).isEmpty();

		List<Boolean> linkSent = Race.of(IntStream.range(0, 20).mapToObj((i) -> click).toArray(Callable[]::new));

		assertThat(linkSent).containsOnly(true);
		assertThat(mailsTo(bob.email())).isEqualTo(1 + 1);
	}

	@Test
	void theNewestLinkAnInviteeAskedForIsTheOneThatWorks() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		Person bob = this.api.signUp("bob");
		this.api.invite(ana, acme, bob.email()).succeeded();
		String first = Api.joinToken(this.api.awaitMail(bob.email(), 1));
		String id = this.api.get("/api/v1/business-accounts/" + acme + "/invitations", ana.token()).items().get(0)
			.get("id").toString();

		this.mvc.perform(post("/invitations/{id}/join", id).with(user(Principals.of(bob))).with(csrf())).andExpect(status().is(lessThan(400)));
		this.mvc.perform(post("/invitations/{id}/join", id).with(user(Principals.of(bob))).with(csrf())).andExpect(status().is(lessThan(400)));

		String second = Api.joinToken(this.api.awaitMail(bob.email(), 2));
		assertThat(this.api.get("/api/v1/invitations/" + first, null).code()).isEqualTo("INVITATION_REPLACED");
		assertThat(this.api.get("/api/v1/invitations/" + second, null).status()).isEqualTo(200);
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

	private long mailsTo(String email) {
		return this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")
			.param(email)
			.query(Long.class)
			.single();
	}

}
