package dev.accord.account;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.platform.SecretCipher;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import dev.accord.support.MutableClock;
import dev.accord.support.Race;
import org.apache.commons.codec.binary.Base32;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two-step verification with an authenticator app: codes of the current and adjacent steps pass,
 * older and reused ones fail, recovery codes work once, guesses are throttled, and signing in asks
 * for the code after the password, however the password was given.
 */
@AccordIntegrationTest
class TwoStepIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	TwoStepService twoStep;

	@Autowired
	TwoStepStatus status;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SecretCipher cipher;

	@Test
	void codesOfTheCurrentAndAdjacentStepsPassAndOlderOrReusedOnesFail() {
		Person ana = this.api.signUp("ana");
		byte[] secret = turnOn(ana);
		long now = TotpCodes.step(this.clock.instant());

		assertThat(this.twoStep.verify(ana.id(), TotpCodes.code(secret, now - 2))).isFalse();
		assertThat(this.twoStep.verify(ana.id(), TotpCodes.code(secret, now - 1))).isFalse(); // before the confirming step
		this.clock.advance(Duration.ofSeconds(30));
		now++;
		assertThat(this.twoStep.verify(ana.id(), TotpCodes.code(secret, now))).isTrue();
		assertThat(this.twoStep.verify(ana.id(), TotpCodes.code(secret, now))).as("reused").isFalse();
		assertThat(this.twoStep.verify(ana.id(), TotpCodes.code(secret, now + 1))).as("next step").isTrue();
		this.clock.advance(Duration.ofSeconds(90));
		now += 3;
		assertThat(this.twoStep.verify(ana.id(), TotpCodes.code(secret, now - 1))).as("previous step").isTrue();
		assertThat(this.twoStep.verify(ana.id(), TotpCodes.code(secret, now + 2))).as("two ahead").isFalse();
		assertThat(this.twoStep.verify(ana.id(), "12345")).isFalse();
		assertThat(this.twoStep.verify(ana.id(), null)).isFalse();
	}

	@Test
	void oneCodeSentTwiceAtTheSameMomentPassesOnce() throws Exception {
		Person ana = this.api.signUp("ana");
		byte[] secret = turnOn(ana);
		this.clock.advance(Duration.ofSeconds(30));
		String code = TotpCodes.code(secret, TotpCodes.step(this.clock.instant()));

		List<Boolean> results = Race.of(() -> this.twoStep.verify(ana.id(), code),
				() -> this.twoStep.verify(ana.id(), code), () -> this.twoStep.verify(ana.id(), code));

		assertThat(results).containsOnlyOnce(true);
	}

	@Test
	void recoveryCodesWorkOnceEachAlsoUnderARaceAndAreCounted() throws Exception {
		Person ana = this.api.signUp("ana");
		byte[] secret = new Base32().decode(this.twoStep.startSetup(ana.id()).orElseThrow().secret().replace(" ", ""));
		List<String> codes = this.twoStep.confirm(ana.id(), TotpCodes.code(secret, TotpCodes.step(this.clock.instant())));
		assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch((c) -> c.matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"));

		assertThat(this.twoStep.verify(ana.id(), codes.get(0).toUpperCase().replace("-", " "))).isTrue();
		assertThat(this.twoStep.verify(ana.id(), codes.get(0))).isFalse();
		List<Boolean> raced = Race.of(() -> this.twoStep.verify(ana.id(), codes.get(1)),
				() -> this.twoStep.verify(ana.id(), codes.get(1)));
		assertThat(raced).containsOnlyOnce(true);
		assertThat(this.twoStep.status(ana.id()).recoveryCodesLeft()).isEqualTo(8);

		Person bob = this.api.signUp("bob");
		turnOn(bob);
		assertThat(this.twoStep.verify(bob.id(), codes.get(2))).as("someone else's code").isFalse();
	}

	@Test
	void wrongCodesAreThrottledLikePasswords() {
		Person ana = this.api.signUp("ana");
		byte[] secret = turnOn(ana);
		for (int i = 0; i < 5; i++) {
			assertThat(this.twoStep.verify(ana.id(), "000000".equals(current(secret)) ? "111111" : "000000")).isFalse();
		}
		assertThatThrownBy(() -> this.twoStep.verify(ana.id(), "000000"))
			.isInstanceOf(dev.accord.platform.RateLimitedException.class);

		this.clock.advance(Duration.ofMinutes(16));
		assertThat(this.twoStep.verify(ana.id(), current(secret))).isTrue();
	}

	@Test
	void signingInAsksForTheCodeAfterThePasswordAndOnlyThenSignsIn() throws Exception {
		Person ana = this.api.signUp("ana");
		byte[] secret = turnOn(ana);

		Visitor session = signInWithPassword(ana);
		session.perform(get("/security")).andExpect(redirectedUrl("/signin"));
		session.perform(get("/signin/two-step"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"other-ways\"")));
		session.perform(post("/signin/two-step").with(csrf()).param("code", "123456".equals(next(secret)) ? "654321" : "123456"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("code-error")));
		String idBefore = session.cookie.getValue();

		// Where they were going when the protected page sent them to sign in, as after a password alone.
		MvcResult done = session.perform(post("/signin/two-step").with(csrf()).param("code", next(secret)))
			.andExpect(redirectedUrl("http://localhost/security?continue"))
			.andReturn();

		assertThat(done.getResponse().getCookie("SESSION").getValue()).isNotEqualTo(idBefore);
		session.perform(get("/security")).andExpect(status().isOk());
	}

	@Test
	void aPersonWithoutTwoStepIsSignedInByThePasswordAlone() throws Exception {
		Person ana = this.api.signUp("ana");

		this.mvc.perform(post("/signin").with(csrf()).param("email", ana.email()).param("password", Api.PASSWORD))
			.andExpect(redirectedUrl("/dashboard"));
	}

	@Test
	void theSecondStepMustComeWithinFiveMinutesOfThePassword() throws Exception {
		Person ana = this.api.signUp("ana");
		byte[] secret = turnOn(ana);
		Visitor session = signInWithPassword(ana);

		this.clock.advance(Duration.ofMinutes(5).minusSeconds(1));
		session.perform(get("/signin/two-step")).andExpect(status().isOk());
		this.clock.advance(Duration.ofSeconds(1));

		session.perform(post("/signin/two-step").with(csrf()).param("code", current(secret)))
			.andExpect(redirectedUrl("/signin?expired"));
		session.perform(get("/security")).andExpect(redirectedUrl("/signin"));
	}

	@Test
	void aRecoveryCodeFinishesTheSignInToo() throws Exception {
		Person ana = this.api.signUp("ana");
		byte[] secret = new Base32().decode(this.twoStep.startSetup(ana.id()).orElseThrow().secret().replace(" ", ""));
		List<String> codes = this.twoStep.confirm(ana.id(), current(secret));
		Visitor session = signInWithPassword(ana);

		session.perform(get("/signin/two-step").param("recovery", "true"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("use-app-code")));
		session.perform(post("/signin/two-step").with(csrf()).param("recovery", "true")
			.param("code", codes.get(3))).andExpect(redirectedUrl("/dashboard"));
	}

	@Test
	void joiningWithThePasswordOfAnAccountWithTwoStepAsksForTheCode() throws Exception {
		Person admin = this.api.signUp("admin");
		UUID business = this.api.createBusiness(admin, "Two Step Ltd");
		Person ana = this.api.signUp("ana");
		byte[] secret = turnOn(ana);
		this.api.invite(admin, business, ana.email());
		String token = Api.joinToken(this.api.awaitMail(ana.email(), 1));
		Visitor session = new Visitor();

		session.perform(post("/join/{token}", token).with(csrf()).param("password", Api.PASSWORD))
			.andExpect(redirectedUrl(TwoStepSignIn.PAGE));
		session.perform(get("/security")).andExpect(redirectedUrl("/signin"));
		session.perform(post("/signin/two-step").with(csrf()).param("code", next(secret)))
			.andExpect(status().is3xxRedirection());
		session.perform(get("/security")).andExpect(status().isOk());
	}

	@Test
	void twoStepStatusAnswersForOneAndForManyInOneQuery() {
		Person ana = this.api.signUp("ana");
		Person bob = this.api.signUp("bob");
		turnOn(ana);
		this.twoStep.startSetup(bob.id());

		assertThat(this.status.enabled(ana.id())).isTrue();
		assertThat(this.status.enabled(bob.id())).as("set up but not confirmed").isFalse();
		assertThat(this.status.enabledAmong(List.of(ana.id(), bob.id()))).containsExactly(ana.id());
		assertThat(this.twoStep.status(ana.id()).recoveryCodesLeft()).isEqualTo(10);
		assertThat(this.twoStep.startSetup(ana.id())).as("no new setup while on").isEmpty();
	}

	@Test
	void securitySettingsSetItUpWithAQrCodeAndTheKeyThenShowTenRecoveryCodesOnceAndMailThePerson() throws Exception {
		Person ana = this.api.signUp("ana");
		Visitor browser = signedIn(ana);
		browser.perform(get("/security"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"two-step-set-up\"")));

		browser.perform(post("/security/two-step/setup").with(csrf())).andExpect(redirectedUrl("/security/two-step/setup"));
		Document setup = Jsoup.parse(browser.perform(get("/security/two-step/setup")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(setup.getElementById("two-step-qr").attr("src")).startsWith("data:image/svg+xml;base64,");
		String key = setup.getElementById("two-step-secret").text();
		assertThat(key).matches("[A-Z2-7]{4}( [A-Z2-7]{4}){7}");
		byte[] secret = new Base32().decode(key.replace(" ", ""));

		browser.perform(post("/security/two-step/confirm").with(csrf()).param("code", "000000".equals(current(secret)) ? "111111" : "000000"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("code-error")));
		Document codes = Jsoup.parse(browser.perform(post("/security/two-step/confirm").with(csrf()).param("code", current(secret)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(codes.select("#recovery-codes li")).hasSize(10);
		assertThat(this.status.enabled(ana.id())).isTrue();
		Document security = Jsoup.parse(browser.perform(get("/security")).andReturn().getResponse().getContentAsString());
		assertThat(security.getElementById("two-step-on")).isNotNull();
		assertThat(security.getElementById("recovery-codes-left").text()).contains("10");
		assertThat(browser.perform(get("/security/two-step/setup")).andReturn().getResponse().getRedirectedUrl())
			.as("no setup while on").isEqualTo("/security");
		Map<String, Object> mail = this.api.awaitMail(ana.email(), 1);
		assertThat((String) mail.get("subject")).contains("Two-step verification is on");
		assertThat((String) mail.get("html")).contains("/security");
	}

	@Test
	void aNewSetupReplacesTheKeyNotConfirmedYet() {
		Person ana = this.api.signUp("ana");
		byte[] first = new Base32().decode(this.twoStep.startSetup(ana.id()).orElseThrow().secret().replace(" ", ""));
		byte[] second = new Base32().decode(this.twoStep.startSetup(ana.id()).orElseThrow().secret().replace(" ", ""));

		assertThat(second).isNotEqualTo(first);
		assertThatThrownBy(() -> this.twoStep.confirm(ana.id(), current(first)))
			.isInstanceOf(dev.accord.platform.ValidationException.class);
		assertThat(this.twoStep.confirm(ana.id(), current(second))).hasSize(10);
	}

	@Test
	void theSecretIsStoredEncrypted() {
		Person ana = this.api.signUp("ana");
		String key = this.twoStep.startSetup(ana.id()).orElseThrow().secret().replace(" ", "");
		String stored = this.jdbc.sql("SELECT secret FROM totp_credential WHERE user_id = ?").param(ana.id())
			.query(String.class).single();

		assertThat(stored).startsWith("v1:").doesNotContain(key);
		assertThat(new Base32().encodeAsString(this.cipher.decrypt(stored))).isEqualTo(key);
	}

	@Test
	void turningItOffNeedsThePasswordAndACodeAndMailsThePerson() throws Exception {
		Person ana = this.api.signUp("ana");
		byte[] secret = turnOn(ana);
		Visitor browser = signedInWithCode(ana, secret);

		browser.perform(post("/security/two-step/turn-off").with(csrf()).param("password", "wrong-password-1")
			.param("code", next(secret))).andExpect(content().string(org.hamcrest.Matchers.containsString("password-error")));
		browser.perform(post("/security/two-step/turn-off").with(csrf()).param("password", Api.PASSWORD)
			.param("code", "99999x")).andExpect(content().string(org.hamcrest.Matchers.containsString("code-error")));
		browser.perform(post("/security/two-step/turn-off").with(csrf()).param("password", Api.PASSWORD))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("code-error")));
		assertThat(this.status.enabled(ana.id())).isTrue();

		this.clock.advance(Duration.ofSeconds(60));
		browser.perform(post("/security/two-step/turn-off").with(csrf()).param("password", Api.PASSWORD)
			.param("code", current(secret))).andExpect(redirectedUrl("/security"));

		assertThat(this.status.enabled(ana.id())).isFalse();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE user_id = ?").param(ana.id())
			.query(Integer.class).single()).isZero();
		assertThat((String) this.api.awaitMail(ana.email(), 2).get("subject")).contains("Two-step verification is off");
		this.mvc.perform(post("/signin").with(csrf()).param("email", ana.email()).param("password", Api.PASSWORD))
			.andExpect(redirectedUrl("/dashboard"));
	}

	@Test
	void newRecoveryCodesNeedThePasswordAndACodeAndTheOldOnesStopWorking() throws Exception {
		Person ana = this.api.signUp("ana");
		byte[] secret = new Base32().decode(this.twoStep.startSetup(ana.id()).orElseThrow().secret().replace(" ", ""));
		List<String> old = this.twoStep.confirm(ana.id(), current(secret));

		assertThatThrownBy(() -> this.twoStep.newRecoveryCodes(ana.id(), "wrong-password-1", next(secret)))
			.isInstanceOf(dev.accord.platform.ValidationException.class);
		Visitor browser = signedInWithCode(ana, secret);
		this.clock.advance(Duration.ofSeconds(60));
		Document page = Jsoup.parse(browser.perform(post("/security/two-step/recovery-codes").with(csrf())
			.param("password", Api.PASSWORD).param("code", old.get(0))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());

		List<String> fresh = page.select("#recovery-codes li").eachText();
		assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(old);
		assertThat(this.twoStep.verify(ana.id(), old.get(1))).isFalse();
		assertThat(this.twoStep.verify(ana.id(), fresh.get(0))).isTrue();
	}

	@Test
	void creatingATokenOverTheApiNeedsACodeFromAPersonWithTwoStep() {
		Person ana = this.api.signUp("ana");
		byte[] secret = turnOn(ana);

		Response without = this.api.post("/api/v1/tokens", Map.of("email", ana.email(), "password", Api.PASSWORD,
				"name", "ci"), null);
		assertThat(without.status()).isEqualTo(401);
		assertThat(without.code()).isEqualTo("TWO_STEP_CODE_REQUIRED");
		Response wrong = this.api.post("/api/v1/tokens", Map.of("email", ana.email(), "password", Api.PASSWORD,
				"name", "ci", "code", "000000".equals(next(secret)) ? "111111" : "000000"), null);
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.code()).isEqualTo("TWO_STEP_CODE_WRONG");
		Response wrongPassword = this.api.post("/api/v1/tokens", Map.of("email", ana.email(), "password",
				"wrong-password-1", "name", "ci", "code", next(secret)), null);
		assertThat(wrongPassword.code()).isEqualTo("BAD_CREDENTIALS");

		Response created = this.api.post("/api/v1/tokens", Map.of("email", ana.email(), "password", Api.PASSWORD,
				"name", "ci", "code", next(secret)), null);
		assertThat(created.status()).isEqualTo(201);
		Map<String, Object> state = this.api.get("/api/v1/me/two-step", (String) created.map().get("token"))
			.succeeded().map();
		assertThat(state).containsEntry("enabled", true).containsEntry("recoveryCodesLeft", 10).containsKey("enabledAt");
		assertThat(this.api.get("/api/v1/me/two-step", this.api.signUp("bob").token()).succeeded().map())
			.containsEntry("enabled", false).containsEntry("recoveryCodesLeft", 0);
	}

	@Test
	void wrongCodesOverTheApiAreThrottledToo() {
		Person ana = this.api.signUp("ana");
		byte[] secret = turnOn(ana);
		String wrong = "000000".equals(next(secret)) ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			assertThat(this.api.post("/api/v1/tokens", Map.of("email", ana.email(), "password", Api.PASSWORD,
					"name", "ci", "code", wrong), null).status()).isEqualTo(401);
		}

		Response throttled = this.api.post("/api/v1/tokens", Map.of("email", ana.email(), "password", Api.PASSWORD,
				"name", "ci", "code", next(secret)), null);

		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.code()).isEqualTo("RATE_LIMITED");
	}

	@Test
	void theSignInPageWithoutAPendingSignInSendsToSignIn() throws Exception {
		this.mvc.perform(get("/signin/two-step")).andExpect(redirectedUrl("/signin?expired"));
		this.mvc.perform(post("/signin/two-step").with(csrf()).param("code", "123456"))
			.andExpect(redirectedUrl("/signin?expired"));
	}

	private Visitor signedIn(Person person) throws Exception {
		Visitor browser = new Visitor();
		browser.perform(post("/signin").with(csrf()).param("email", person.email()).param("password", Api.PASSWORD))
			.andExpect(redirectedUrl("/dashboard"));
		return browser;
	}

	private Visitor signedInWithCode(Person person, byte[] secret) throws Exception {
		Visitor browser = signInWithPassword(person);
		browser.perform(post("/signin/two-step").with(csrf()).param("code", next(secret)))
			.andExpect(redirectedUrl("/dashboard"));
		return browser;
	}

	private Visitor signInWithPassword(Person person) throws Exception {
		Visitor session = new Visitor();
		session.perform(post("/signin").with(csrf()).param("email", person.email())
			.param("password", Api.PASSWORD)).andExpect(redirectedUrl(TwoStepSignIn.PAGE));
		return session;
	}

	/** Sets two-step verification up and confirms it with the current step's code; returns the secret. */
	private byte[] turnOn(Person person) {
		byte[] secret = new Base32().decode(this.twoStep.startSetup(person.id()).orElseThrow().secret().replace(" ", ""));
		this.twoStep.confirm(person.id(), current(secret));
		return secret;
	}

	private String current(byte[] secret) {
		return TotpCodes.code(secret, TotpCodes.step(this.clock.instant()));
	}

	/** The next step's code: the current one was used to confirm. */
	private String next(byte[] secret) {
		return TotpCodes.code(secret, TotpCodes.step(this.clock.instant()) + 1);
	}

	/** A browser's session cookie across requests (Spring Session answers a new one when the id changes). */
	private final class Visitor {

		private Cookie cookie;

		ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
			if (this.cookie != null) {
				request.cookie(this.cookie);
			}
			ResultActions result = TwoStepIntegrationTests.this.mvc.perform(request);
			Cookie answered = result.andReturn().getResponse().getCookie("SESSION");
			if (answered != null) {
				this.cookie = answered;
			}
			return result;
		}

	}

}
