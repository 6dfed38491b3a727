package dev.accord.account;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.MutableClock;
import dev.accord.support.Race;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

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
	TransactionTemplate transaction;

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
