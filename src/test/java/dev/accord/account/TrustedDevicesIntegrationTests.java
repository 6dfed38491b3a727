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
		Map<String, Object> chrome = listed.stream().filter((d) -> "Chrome".equals(d.get("browser"))).findFirst().orElseThrow();
		assertThat(chrome).containsEntry("system", "Windows").containsKey("trustedUntil").containsKey("lastSeenAt");
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
		assertThat(page.select("#device-list .device-name").text()).contains("Chrome on Windows")
			.contains("Firefox on Linux");
		assertThat(page.select("#device-list tr.device-row:has(.device-current) .device-name").text())
			.startsWith("Firefox on Linux");

		this.mvc.perform(post("/security/devices/remove-all").with(user(Principals.of(ana)))).andReturn();
		assertThat(this.devices.list(ana.id(), new MockHttpServletRequest())).as("without CSRF token").hasSize(2);
		this.mvc.perform(post("/security/devices/remove-all").with(user(Principals.of(ana))).with(csrf())).andReturn();
		assertThat(this.devices.list(ana.id(), new MockHttpServletRequest())).isEmpty();
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
