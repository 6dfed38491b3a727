package dev.accord.account;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.MutableClock;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Known and trusted browsers: the device cookie, the new-browser mail, trust for 30 days, removal. */
@AccordIntegrationTest
class TrustedDevicesIntegrationTests {

	static final String CHROME_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
			+ "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

	static final String FIREFOX_ON_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	@Autowired
	TrustedDevices devices;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SwitchableTwoStep twoStep;

	@Autowired
	EmailSignInCodes emailCodes;

	@Test
	void aSignInFromANewBrowserIsEmailedOncePerBrowserButTheFirstBrowserIsNot() throws Exception {
		Person ana = this.api.signUp("ana");
		Cookie first = device(signIn(ana, null, FIREFOX_ON_LINUX));
		assertThat(first).isNotNull();
		assertThat(first.isHttpOnly()).isTrue();
		signIn(ana, first, FIREFOX_ON_LINUX);
		assertThat(newSignInMails(ana)).as("the first browser, then the same again").isZero();

		MockHttpServletResponse second = signIn(ana, null, CHROME_ON_WINDOWS);
		Cookie secondDevice = device(second);
		assertThat(secondDevice.getValue()).isNotEqualTo(first.getValue());
		assertThat(second.getHeader("Set-Cookie")).contains("SameSite=Lax").contains("HttpOnly");
		assertThat(newSignInMails(ana)).isEqualTo(1);
		Map<String, Object> mail = this.api.awaitMail(ana.email(), 1);
		assertThat((String) mail.get("subject")).isEqualTo("New sign-in to your Accord account");
		assertThat((String) mail.get("text")).contains("Chrome").contains("Windows").contains("127.0.0.1")
			.contains("/security");
		assertThat((String) mail.get("html")).contains("Chrome");

		assertThat(device(signIn(ana, secondDevice, CHROME_ON_WINDOWS))).as("no new cookie for a known browser").isNull();
		signIn(ana, first, FIREFOX_ON_LINUX);
		assertThat(newSignInMails(ana)).isEqualTo(1);
	}

	@Test
	void aForgedCookieOrAnotherPersonsBrowserIsANewBrowser() throws Exception {
		Person ana = this.api.signUp("ana");
		Person bob = this.api.signUp("bob");
		Cookie anas = device(signIn(ana, null, FIREFOX_ON_LINUX));
		Cookie bobs = device(signIn(bob, null, CHROME_ON_WINDOWS));

		String id = anas.getValue().substring(0, anas.getValue().indexOf('.'));
		Cookie forged = new Cookie(DeviceCookie.NAME, id + ".not-the-signature");
		Cookie reissued = device(signIn(ana, forged, FIREFOX_ON_LINUX));
		assertThat(reissued).as("a forged cookie is replaced").isNotNull();
		assertThat(reissued.getValue()).isNotEqualTo(anas.getValue());
		assertThat(newSignInMails(ana)).isEqualTo(1);

		// Bob's browser, signed and real, is new for Ana: she is told, Bob's list is unchanged.
		signIn(ana, bobs, CHROME_ON_WINDOWS);
		assertThat(newSignInMails(ana)).isEqualTo(2);
		assertThat(this.devices.list(bob.id(), new MockHttpServletRequest())).hasSize(1);
		assertThat(this.devices.list(ana.id(), requestWith(bobs))).hasSize(3)
			.filteredOn(TrustedDevices.DeviceView::current)
			.hasSize(1);
		assertThat(this.devices.trusted(ana.id(), requestWith(bobs))).isFalse();
	}

	@Test
	void aVerifiedBrowserIsTrustedForThirtyDaysThenAskedAgain() throws Exception {
		Person ana = this.api.signUp("ana");
		Cookie browser = device(signIn(ana, null, FIREFOX_ON_LINUX));
		assertThat(this.devices.trusted(ana.id(), requestWith(browser))).isFalse();

		this.devices.trust(ana.id(), requestWith(browser), new MockHttpServletResponse());
		assertThat(this.devices.trusted(ana.id(), requestWith(browser))).isTrue();
		assertThat(this.devices.trusted(ana.id(), new MockHttpServletRequest())).as("another browser").isFalse();
		this.clock.advance(Duration.ofDays(29).plusHours(23));
		assertThat(this.devices.trusted(ana.id(), requestWith(browser))).isTrue();
		this.clock.advance(Duration.ofHours(1).plusMinutes(1));
		assertThat(this.devices.trusted(ana.id(), requestWith(browser))).isFalse();
		assertThat(this.devices.list(ana.id(), requestWith(browser)).get(0).trustedUntil()).isNull();
	}

	@Test
	void aRemovedBrowserIsNoLongerTrustedAndIsNewAgain() throws Exception {
		Person ana = this.api.signUp("ana");
		Person bob = this.api.signUp("bob");
		device(signIn(ana, null, FIREFOX_ON_LINUX));
		Cookie browser = device(signIn(ana, null, CHROME_ON_WINDOWS));
		this.devices.trust(ana.id(), requestWith(browser), new MockHttpServletResponse());
		assertThat(newSignInMails(ana)).isEqualTo(1);

		List<Map<String, Object>> listed = this.api.get("/api/v1/me/trusted-devices", ana.token()).succeeded().items();
		assertThat(listed).hasSize(2);
		Map<String, Object> chrome = listed.stream().filter((d) -> ((String) d.get("browser")).startsWith("Chrome")).findFirst().orElseThrow();
		assertThat((String) chrome.get("system")).startsWith("Windows");
		assertThat(chrome).containsKey("trustedUntil").containsKey("lastSeenAt");
		assertThat(chrome.get("trustedUntil")).isNotNull();
		String chromeId = (String) chrome.get("id");

		assertThat(this.api.delete("/api/v1/me/trusted-devices/" + chromeId, bob.token()).status()).as("Bob's call")
			.isEqualTo(404);
		assertThat(this.api.delete("/api/v1/me/trusted-devices/" + chromeId, ana.token()).status()).isEqualTo(204);
		assertThat(this.api.delete("/api/v1/me/trusted-devices/" + chromeId, ana.token()).status()).isEqualTo(404);
		assertThat(this.devices.trusted(ana.id(), requestWith(browser))).isFalse();

		signIn(ana, browser, CHROME_ON_WINDOWS);
		assertThat(newSignInMails(ana)).as("the removed browser is new again").isEqualTo(2);
	}

	@Test
	void securitySettingsListsTheBrowsersAndRemovesThemAll() throws Exception {
		Person ana = this.api.signUp("ana");
		Cookie firefox = device(signIn(ana, null, FIREFOX_ON_LINUX));
		device(signIn(ana, null, CHROME_ON_WINDOWS));
		Document page = Jsoup.parse(this.mvc
			.perform(get("/security").cookie(firefox).with(user(Principals.of(ana))))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#device-list tr.device-row")).hasSize(2);
		assertThat(page.select("#device-list .device-name").text()).containsPattern("Chrome [0-9]+ on Windows")
			.containsPattern("Firefox [0-9]+ on (Ubuntu|Linux)");
		assertThat(page.select("#device-list tr.device-row:has(.device-current) .device-name").text())
			.startsWith("Firefox");

		this.mvc.perform(post("/security/devices/remove-all").with(user(Principals.of(ana)))).andReturn();
		assertThat(this.devices.list(ana.id(), new MockHttpServletRequest())).as("without CSRF token").hasSize(2);
		this.mvc.perform(post("/security/devices/remove-all").with(user(Principals.of(ana))).with(csrf())).andReturn();
		assertThat(this.devices.list(ana.id(), new MockHttpServletRequest())).isEmpty();
	}

	@Test
	void aBrowserVerifiedWithAnEmailedCodeSkipsTheSecondStepForThirtyDaysThenIsAskedAgain() throws Exception {
		Person ana = this.api.signUp("ana");
		Cookie browser = device(signIn(ana, null, FIREFOX_ON_LINUX));
		withTwoStepAndVerifiedEmail(ana);
		MockHttpServletResponse password = signIn(ana, browser, FIREFOX_ON_LINUX);
		assertThat(password.getRedirectedUrl()).isEqualTo(TwoStepSignIn.PAGE);
		Cookie session = password.getCookie("SESSION");

		Document page = Jsoup.parse(this.mvc.perform(get(TwoStepSignIn.PAGE).cookie(session)).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select("#email-code")).hasSize(1);
		assertThat(page.select("#two-step-choose")).as("no authenticator app: no app code to type").hasSize(1);
		assertThat(page.select("#two-step-form, #use-recovery-code, #use-app-code")).isEmpty();
		MockHttpServletResponse sent = this.mvc
			.perform(post(TwoStepSignIn.PAGE + "/email").cookie(session).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(sent.getRedirectedUrl()).isEqualTo(TwoStepSignIn.PAGE + "?byEmail=true");
		Document byEmail = Jsoup.parse(this.mvc.perform(get(TwoStepSignIn.PAGE).param("byEmail", "true").cookie(session))
			.andReturn().getResponse().getContentAsString());
		assertThat(byEmail.select("#two-step-form #code")).hasSize(1);
		assertThat(byEmail.select("#trust-device")).hasSize(1);
		assertThat(byEmail.select("#two-step-choose, #use-recovery-code, #use-app-code")).isEmpty();
		String code = mailedCode(ana);

		MockHttpServletResponse done = this.mvc
			.perform(post(TwoStepSignIn.PAGE).cookie(session, browser).with(csrf()).param("code", code)
				.param("byEmail", "true").param("trustDevice", "true"))
			.andReturn()
			.getResponse();
		assertThat(done.getRedirectedUrl()).isEqualTo("/dashboard");

		this.clock.advance(Duration.ofDays(29));
		assertThat(signIn(ana, browser, FIREFOX_ON_LINUX).getRedirectedUrl()).as("trusted").isEqualTo("/dashboard");
		assertThat(signIn(ana, null, CHROME_ON_WINDOWS).getRedirectedUrl()).as("another browser")
			.isEqualTo(TwoStepSignIn.PAGE);
		this.clock.advance(Duration.ofDays(1).plusMinutes(1));
		assertThat(signIn(ana, browser, FIREFOX_ON_LINUX).getRedirectedUrl()).as("after 30 days")
			.isEqualTo(TwoStepSignIn.PAGE);
		this.twoStep.disable(ana.id());
	}

	@Test
	void aRemovedTrustedBrowserIsAskedTheSecondStepAgain() throws Exception {
		Person ana = this.api.signUp("ana");
		Cookie browser = device(signIn(ana, null, FIREFOX_ON_LINUX));
		withTwoStepAndVerifiedEmail(ana);
		assertThat(signIn(ana, browser, FIREFOX_ON_LINUX).getRedirectedUrl()).isEqualTo(TwoStepSignIn.PAGE);
		this.devices.trust(ana.id(), requestWith(browser), new MockHttpServletResponse());
		assertThat(signIn(ana, browser, FIREFOX_ON_LINUX).getRedirectedUrl()).isEqualTo("/dashboard");
		assertThat(this.devices.removeAll(ana.id())).isEqualTo(1);
		assertThat(signIn(ana, browser, FIREFOX_ON_LINUX).getRedirectedUrl()).isEqualTo(TwoStepSignIn.PAGE);
		this.twoStep.disable(ana.id());
	}

	@Test
	void anEmailedCodeWorksOnceAndOnlyForTenMinutes() throws Exception {
		Person ana = withTwoStepAndVerifiedEmail(this.api.signUp("ana"));
		assertThat(this.emailCodes.send(ana.id())).isEqualTo(EmailSignInCodes.Sent.SENT);
		String code = mailedCode(ana);
		assertThat(this.emailCodes.verify(bobOf(ana), code)).as("someone else's code").isFalse();
		List<Boolean> raced = dev.accord.support.Race.of(() -> this.emailCodes.verify(ana.id(), code),
				() -> this.emailCodes.verify(ana.id(), code));
		assertThat(raced).containsExactlyInAnyOrder(true, false);
		assertThat(this.emailCodes.verify(ana.id(), code)).as("used").isFalse();

		this.clock.advance(Duration.ofMinutes(2));
		this.emailCodes.send(ana.id());
		String late = mailedCode(ana);
		this.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
		assertThat(this.emailCodes.verify(ana.id(), late)).as("expired").isFalse();
		this.twoStep.disable(ana.id());
	}

	@Test
	void emailedCodesAreThrottledAndNeedAVerifiedAddress() throws Exception {
		Person ana = withTwoStepAndVerifiedEmail(this.api.signUp("ana"));
		assertThat(this.emailCodes.send(ana.id())).isEqualTo(EmailSignInCodes.Sent.SENT);
		assertThat(this.emailCodes.send(ana.id())).as("within a minute").isEqualTo(EmailSignInCodes.Sent.TOO_SOON);
		String code = mailedCode(ana);
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < EmailSignInCodes.MAX_ATTEMPTS; i++) {
			assertThat(this.emailCodes.verify(ana.id(), wrong)).isFalse();
		}
		assertThat(this.emailCodes.verify(ana.id(), code)).as("after too many wrong tries").isFalse();
		for (int i = 1; i < EmailSignInCodes.SENDS_PER_HOUR; i++) {
			this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
			assertThat(this.emailCodes.send(ana.id())).isEqualTo(EmailSignInCodes.Sent.SENT);
		}
		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		assertThat(this.emailCodes.send(ana.id())).as("the hour's allowance").isEqualTo(EmailSignInCodes.Sent.TOO_SOON);

		Person bob = this.api.signUpUnverified("bob");
		assertThat(this.emailCodes.send(bob.id())).as("unverified address").isEqualTo(EmailSignInCodes.Sent.UNAVAILABLE);
		this.twoStep.disable(ana.id());
	}

	private Person withTwoStepAndVerifiedEmail(Person person) {
		this.jdbc.sql("UPDATE user_account SET email_verified = TRUE WHERE id = ?").param(person.id()).update();
		this.twoStep.enable(person.id());
		return person;
	}

	private java.util.UUID bobOf(Person ana) {
		return this.api.signUp("bob").id();
	}

	/** The code of the newest sign-in code mail to this person. */
	private String mailedCode(Person person) {
		String text = this.jdbc.sql("""
				SELECT text_body FROM mail_outbox WHERE recipient = ? AND subject LIKE 'Your sign-in code%'
				ORDER BY created_at DESC, attempts""")
			.param(person.email())
			.query(String.class)
			.list()
			.get(0);
		java.util.regex.Matcher code = java.util.regex.Pattern.compile("(?m)^\\s+([0-9]{6})\\s*$").matcher(text);
		assertThat(code.find()).as(text).isTrue();
		return code.group(1);
	}

	private MockHttpServletResponse signIn(Person person, Cookie device, String userAgent) throws Exception {
		MockHttpServletRequestBuilder request = post("/signin").with(csrf())
			.param("email", person.email())
			.param("password", Api.PASSWORD)
			.header("User-Agent", userAgent);
		if (device != null) {
			request.cookie(device);
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).doesNotContain("error");
		return response;
	}

	private static Cookie device(MockHttpServletResponse response) {
		return response.getCookie(DeviceCookie.NAME);
	}

	private static MockHttpServletRequest requestWith(Cookie device) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(device);
		return request;
	}

	private long newSignInMails(Person person) {
		return this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject LIKE ?")
			.params(person.email(), "New sign-in%")
			.query(Long.class)
			.single();
	}

}
