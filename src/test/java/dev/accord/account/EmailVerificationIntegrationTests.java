package dev.accord.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import dev.accord.support.MutableClock;
import dev.accord.support.Race;
import dev.accord.support.fuzz.FuzzHttp;
import dev.accord.support.fuzz.FuzzRequest;
import dev.accord.support.fuzz.Forms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A sign-up's email is proven by a single-use link valid 24 hours, resent within limits; an
 * unverified person joins no business account; an email changes only through a link to the new
 * address, ends the other sessions and tells the old address; a taken address gives no hint.
 */
@AccordIntegrationTest
class EmailVerificationIntegrationTests {

	private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");

	private static final String VERIFY = "/verify-email?token=";

	private static final String CHANGE = "/change-email?token=";

	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	SessionRegistry sessions;

	@Autowired
	EmailChangeService changes;

	@Test
	void aSignUpIsUnverifiedUntilItsLinkIsFollowedAndTheLinkWorksOnce() throws Exception {
		Person bob = this.api.signUpUnverified("bob");
		assertThat(this.api.get("/api/v1/me", bob.token()).map()).containsEntry("emailVerified", false);
		Map<String, Object> mail = this.api.awaitMail(bob.email(), 1);
		assertThat((String) mail.get("subject")).contains("Verify your email address");
		assertThat((String) mail.get("html")).contains(VERIFY);
		String token = Api.linkToken(mail, VERIFY);

		// Opening the link (as a mail scanner would) changes nothing; the button does.
		this.mvc.perform(get("/verify-email").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"verify-email-form\"")));
		assertThat(this.api.get("/api/v1/me", bob.token()).map()).containsEntry("emailVerified", false);
		this.mvc.perform(post("/verify-email").param("token", token).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"email-verified\"")));

		assertThat(this.api.get("/api/v1/me", bob.token()).map()).containsEntry("emailVerified", true);
		this.mvc.perform(post("/verify-email").param("token", token).with(csrf()))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("id=\"verify-email-invalid\"")));
		assertThat(this.api.post("/api/v1/me/email-verification", null, bob.token()).code())
			.isEqualTo("EMAIL_ALREADY_VERIFIED");
	}

	@Test
	void aLinkOlderThan24HoursVerifiesNothing() throws Exception {
		Person bob = this.api.signUpUnverified("bob");
		String token = Api.linkToken(this.api.awaitMail(bob.email(), 1), VERIFY);

		this.clock.advance(Duration.ofHours(24).plusSeconds(1));

		this.mvc.perform(get("/verify-email").param("token", token))
			.andExpect(status().isGone())
			.andExpect(content().string(not(containsString("id=\"verify-email-form\""))));
		this.mvc.perform(post("/verify-email").param("token", token).with(csrf())).andExpect(status().isGone());
		assertThat(this.api.get("/api/v1/me", bob.token()).map()).containsEntry("emailVerified", false);
	}

	@Test
	void resendWaitsAMinuteBetweenLinksAndSendsAtMostFiveADay() throws Exception {
		Person bob = this.api.signUpUnverified("bob");

		Response tooSoon = this.api.post("/api/v1/me/email-verification", null, bob.token());
		assertThat(tooSoon.status()).isEqualTo(429);
		assertThat(tooSoon.code()).isEqualTo("RATE_LIMITED");
		assertThat((String) tooSoon.map().get("detail")).contains("another link in");
		for (int sent = 2; sent <= 5; sent++) {
			this.clock.advance(Duration.ofSeconds(61));
			assertThat(this.api.post("/api/v1/me/email-verification", null, bob.token()).status()).isEqualTo(204);
		}
		this.clock.advance(Duration.ofMinutes(5));
		Response daily = this.api.post("/api/v1/me/email-verification", null, bob.token());
		assertThat(daily.status()).isEqualTo(429);
		assertThat((String) daily.map().get("detail")).contains("5 links in the last 24 hours");
		this.api.awaitMail(bob.email(), 5);

		this.clock.advance(Duration.ofHours(24));
		assertThat(this.api.post("/api/v1/me/email-verification", null, bob.token()).status()).isEqualTo(204);
		String newest = Api.linkToken(this.api.awaitMail(bob.email(), 6), VERIFY);
		this.mvc.perform(post("/verify-email").param("token", newest).with(csrf())).andExpect(status().isOk());
	}

	@Test
	void theBannerOfAnUnverifiedPersonResendsAndSaysWhenToWait() throws Exception {
		Person bob = this.api.signUpUnverified("bob");
		Person ana = this.api.signUp("ana");
		this.mvc.perform(get("/profile").with(user(Principals.of(bob))))
			.andExpect(content().string(containsString("id=\"email-unverified\"")));
		this.mvc.perform(get("/profile").with(user(Principals.of(ana))))
			.andExpect(content().string(not(containsString("id=\"email-unverified\""))));

		this.mvc.perform(post("/email-verification/resend").with(user(Principals.of(bob))).with(csrf())
			.header("Referer", "http://localhost/profile"))
			.andExpect(redirectedUrl("/profile"))
			.andExpect(flash().attribute("verificationError", "email.links.wait"));
		this.clock.advance(Duration.ofMinutes(2));
		this.mvc.perform(post("/email-verification/resend").with(user(Principals.of(bob))).with(csrf())
			.header("Referer", "https://elsewhere.example/phish"))
			.andExpect(redirectedUrl("/dashboard"))
			.andExpect(flash().attribute("verificationSent", true));
		this.api.awaitMail(bob.email(), 2);
	}

	@Test
	void anUnverifiedPersonCannotJoinUntilTheyVerifyOverPagesAndApi() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		Person bob = this.api.signUpUnverified("bob");
		this.api.invite(ana, acme, bob.email()).succeeded();
		String invitation = Api.joinToken(this.api.awaitMail(bob.email(), 2));

		Response refused = this.api.post("/api/v1/invitations/" + invitation + "/accept",
				Map.of("password", Api.PASSWORD), null);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("EMAIL_NOT_VERIFIED");
		this.mvc.perform(post("/join/{token}", invitation).param("password", Api.PASSWORD).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("id=\"join-verify-first\"")))
			.andExpect(content().string(containsString("id=\"join-resend-verification\"")));
		this.mvc.perform(get("/join/{token}", invitation).with(user(Principals.of(bob))))
			.andExpect(content().string(containsString("id=\"join-verify-first\"")))
			.andExpect(content().string(not(containsString("id=\"join-form\""))));
		assertThat(this.api.get("/api/v1/business-accounts/" + acme, bob.token()).status()).isEqualTo(404);

		this.clock.advance(Duration.ofMinutes(2));
		this.mvc.perform(post("/join/{token}/verification", invitation).with(csrf()))
			.andExpect(content().string(containsString("id=\"join-verification-sent\"")));
		String verification = Api.linkToken(this.api.awaitMail(bob.email(), 3), VERIFY);
		this.mvc.perform(post("/verify-email").param("token", verification).with(csrf())).andExpect(status().isOk());

		assertThat(this.api.post("/api/v1/invitations/" + invitation + "/accept", Map.of("password", Api.PASSWORD), null)
			.status()).isEqualTo(200);
		assertThat(this.api.get("/api/v1/business-accounts/" + acme, bob.token()).status()).isEqualTo(200);
	}

	@Test
	void anAccountCreatedFromAnInvitationIsVerified() {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		Person carol = this.api.inviteAndJoin(ana, acme, "carol");

		assertThat(this.api.get("/api/v1/me", carol.token()).map()).containsEntry("emailVerified", true);
	}

	@Test
	void changingTheEmailTakesTheNewAddressesLinkEndsOtherSessionsAndTellsTheOldAddress() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		Person bob = this.api.inviteAndJoin(ana, acme, "bob");
		String newEmail = Api.uniqueEmail("bob-new");
		FuzzHttp here = signedIn(bob.email());
		FuzzHttp elsewhere = signedIn(bob.email());
		assertThat(this.sessions.count(bob.email())).isEqualTo(2);

		FuzzHttp.Answer asked = send(here, "POST", "/profile/email", "newEmail=" + enc(newEmail.toUpperCase())
				+ "&password=" + Api.PASSWORD + "&_csrf=" + enc(csrfOf(here, "/profile")));
		assertThat(asked.location()).endsWith("/profile#email-change");
		assertThat(send(here, "GET", "/profile", null).body()).contains("id=\"email-change-sent\"");
		Map<String, Object> link = this.api.awaitMail(newEmail, 1);
		assertThat((String) link.get("text")).contains(bob.email(), newEmail);
		String token = Api.linkToken(link, CHANGE);
		assertThat(this.api.get("/api/v1/me", bob.token()).map()).containsEntry("email", bob.email());

		assertThat(send(here, "GET", CHANGE + token, null).body()).contains("id=\"change-email-form\"", newEmail);
		FuzzHttp.Answer changed = send(here, "POST", "/change-email",
				"token=" + token + "&_csrf=" + enc(csrfOf(here, CHANGE + token)));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body()).contains("id=\"email-changed\"");

		assertThat(send(elsewhere, "GET", "/security", null).location()).contains("/signin");
		assertThat(send(here, "GET", "/security", null).status()).isEqualTo(200);
		assertThat(this.sessions.count(newEmail)).isEqualTo(1);
		assertThat(this.sessions.count(bob.email())).isZero();
		Map<String, Object> told = this.api.awaitMail(bob.email(), 2);
		assertThat((String) told.get("subject")).contains("changed");
		assertThat((String) told.get("text")).contains(newEmail).doesNotContain(CHANGE);
		assertThat(this.api.get("/api/v1/me", bob.token()).map()).containsEntry("email", newEmail)
			.containsEntry("emailVerified", true);
		assertThat(this.api.post("/api/v1/tokens", Map.of("email", bob.email(), "password", Api.PASSWORD, "name", "t"),
				null).status()).isEqualTo(401);
		assertThat(signedIn(newEmail)).isNotNull();
		assertThat(this.api.get("/api/v1/business-accounts/" + acme + "/members?q=bob-new", ana.token()).items())
			.extracting((m) -> m.get("email"))
			.containsExactly(newEmail);
		assertThat(send(here, "POST", "/change-email", "token=" + token + "&_csrf=" + enc(csrfOf(here, "/profile")))
			.status()).isEqualTo(410);
	}

	@Test
	void aTakenAddressGetsTheSameAnswerAndItsOwnerIsToldSomeoneTried() {
		Person bob = this.api.signUp("bob");
		Person carol = this.api.signUp("carol");
		String free = Api.uniqueEmail("free");

		Response toTaken = this.api.post("/api/v1/me/email-change",
				Map.of("newEmail", carol.email(), "password", Api.PASSWORD), bob.token());
		// The request to a taken address counts like any other: the limit tells nothing either.
		assertThat(this.api.post("/api/v1/me/email-change", Map.of("newEmail", free, "password", Api.PASSWORD),
				bob.token()).status()).isEqualTo(429);
		this.clock.advance(Duration.ofMinutes(2));
		Response toFree = this.api.post("/api/v1/me/email-change", Map.of("newEmail", free, "password", Api.PASSWORD),
				bob.token());

		assertThat(toTaken.status()).isEqualTo(202).isEqualTo(toFree.status());
		assertThat(toTaken.body()).isEqualTo(toFree.body());
		Map<String, Object> note = this.api.awaitMail(carol.email(), 1);
		assertThat((String) note.get("subject")).contains("Someone tried");
		assertThat((String) note.get("text")).doesNotContain(CHANGE).doesNotContain(bob.email());
		assertThat((String) this.api.awaitMail(free, 1).get("text")).contains(CHANGE);
		assertThat(this.api.get("/api/v1/me", bob.token()).map()).containsEntry("email", bob.email());
	}

	@Test
	void aChangeNeedsTheCurrentPasswordAndANewWellFormedAddress() {
		Person bob = this.api.signUp("bob");

		Response wrong = this.api.post("/api/v1/me/email-change",
				Map.of("newEmail", Api.uniqueEmail("x"), "password", "not-the-password"), bob.token());
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.errors()).containsKey("password");
		assertThat(this.api.post("/api/v1/me/email-change", Map.of("newEmail", bob.email().toUpperCase(), "password",
				Api.PASSWORD), bob.token()).errors()).containsKey("newEmail");
		assertThat(this.api.post("/api/v1/me/email-change", Map.of("newEmail", "no-at-sign", "password", Api.PASSWORD),
				bob.token()).errors()).containsKey("newEmail");
		assertThat(this.api.post("/api/v1/me/email-change", Map.of("newEmail", Api.uniqueEmail("x"), "password",
				Api.PASSWORD), null).status()).isEqualTo(401);
	}

	@Test
	void theProfileFormShowsARefusalUnderItsFieldAndKeepsTheTypedAddress() {
		Person bob = this.api.signUp("bob");
		FuzzHttp browser = signedIn(bob.email());

		FuzzHttp.Answer refused = send(browser, "POST", "/profile/email", "newEmail=bob-new%40example.com"
				+ "&password=not-the-password&_csrf=" + enc(csrfOf(browser, "/profile")));
		assertThat(refused.location()).endsWith("/profile#email-change");
		String page = send(browser, "GET", "/profile", null).body();
		assertThat(page).contains("id=\"password-error\"", "value=\"bob-new@example.com\"");

		send(browser, "POST", "/profile/email", "newEmail=&password=x&_csrf=" + enc(csrfOf(browser, "/profile")));
		assertThat(send(browser, "GET", "/profile", null).body()).contains("id=\"newEmail-error\"")
			.doesNotContain("id=\"password-error\"");
	}

	@Test
	void twoPeopleChangingToOneAddressAtOnceOneGetsIt() throws Exception {
		Person bob = this.api.signUp("bob");
		Person dave = this.api.signUp("dave");
		String wanted = Api.uniqueEmail("wanted");
		this.api.post("/api/v1/me/email-change", Map.of("newEmail", wanted, "password", Api.PASSWORD), bob.token())
			.succeeded();
		this.api.post("/api/v1/me/email-change", Map.of("newEmail", wanted, "password", Api.PASSWORD), dave.token())
			.succeeded();
		this.api.awaitMail(wanted, 2);
		List<Map<String, Object>> links = this.api.get("/api/v1/dev/mailbox?to=" + enc(wanted), null).items();
		String first = Api.linkToken(links.get(0), CHANGE);
		String second = Api.linkToken(links.get(1), CHANGE);
		assertThat(first).isNotEqualTo(second);

		List<EmailChangeService.Outcome> outcomes = Race.of(
				() -> this.changes.confirm(first, null, null).outcome(),
				() -> this.changes.confirm(second, null, null).outcome());

		assertThat(outcomes).containsExactlyInAnyOrder(EmailChangeService.Outcome.CHANGED,
				EmailChangeService.Outcome.TAKEN);
		long holders = List.of(bob, dave).stream()
			.filter((p) -> wanted.equals(this.api.get("/api/v1/me", p.token()).map().get("email")))
			.count();
		assertThat(holders).isEqualTo(1);
	}

	private FuzzHttp signedIn(String email) {
		FuzzHttp browser = new FuzzHttp(this.api.baseUrl());
		FuzzHttp.Answer answer = send(browser, "POST", "/signin",
				"email=" + enc(email) + "&password=" + Api.PASSWORD + "&_csrf=" + enc(csrfOf(browser, "/signin")));
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).doesNotContain("error");
		return browser;
	}

	private static String csrfOf(FuzzHttp browser, String page) {
		return Forms.csrf(send(browser, "GET", page, null).body());
	}

	private static FuzzHttp.Answer send(FuzzHttp browser, String method, String path, String form) {
		return browser.send(FuzzRequest.of(method, path, (form != null) ? FORM : Map.of(), form), true);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
