package dev.accord.account;

import java.util.List;
import java.util.Map;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.fuzz.FuzzHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static dev.accord.account.SignedInBrowser.CHROME_ON_MAC;
import static dev.accord.account.SignedInBrowser.FIREFOX_ON_WINDOWS;
import static org.assertj.core.api.Assertions.assertThat;

/** Security Settings → Sessions and {@code /api/v1/me/sessions}: see every session, end one or all others. */
@AccordIntegrationTest
class SessionListIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Api api;

	@Test
	void theListShowsBrowserOsAddressAndMarksThisSession() {
		Person ana = this.api.signUp("ana");
		SignedInBrowser firefox = signIn(ana, FIREFOX_ON_WINDOWS);
		SignedInBrowser chrome = signIn(ana, CHROME_ON_MAC);

		Document page = Jsoup.parse(firefox.get("/security").body());
		List<Element> rows = page.select("#session-list tbody tr");
		assertThat(rows).hasSize(2);
		Element here = page.selectFirst("#session-list tr[data-current=true]");
		assertThat(here.select(".session-browser").text()).contains("Firefox 128").contains("This session");
		assertThat(here.select(".session-os").text()).isEqualTo("Windows 10");
		assertThat(here.select(".session-address").text()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
		assertThat(here.select("form")).as("no sign-out button for this session").isEmpty();
		Element there = page.selectFirst("#session-list tr[data-current=false]");
		assertThat(there.select(".session-browser").text()).isEqualTo("Chrome 126");
		assertThat(there.select(".session-os").text()).startsWith("Mac OS X");
		assertThat(there.select("form button").text()).isEqualTo("Sign out");

		List<Map<String, Object>> items = items(chrome.api("GET", "/api/v1/me/sessions", null));
		assertThat(items).hasSize(2);
		assertThat(items).filteredOn((s) -> Boolean.TRUE.equals(s.get("current")))
			.singleElement()
			.satisfies((s) -> assertThat(s).containsEntry("browser", "Chrome 126"));
		assertThat(items.get(0)).containsKeys("id", "browser", "os", "address", "startedAt", "lastSeenAt", "current");
		// The ids are the sessions' row keys: no cookie value is ever shown.
		for (String cookie : List.of(firefox.cookies(), chrome.cookies())) {
			String value = cookie.substring(cookie.indexOf('=') + 1);
			String decoded = new String(java.util.Base64.getDecoder().decode(value));
			assertThat(page.html()).doesNotContain(value).doesNotContain(decoded);
			assertThat(items.toString()).doesNotContain(decoded);
		}
	}

	@Test
	void signingOutOneSessionEndsThatSessionOnly() {
		Person ana = this.api.signUp("ana");
		SignedInBrowser firefox = signIn(ana, FIREFOX_ON_WINDOWS);
		SignedInBrowser chrome = signIn(ana, CHROME_ON_MAC);
		String chromeId = idOf(firefox, "Chrome 126");

		FuzzHttp.Answer signedOut = firefox.post("/security/sessions/" + chromeId + "/sign-out", "");

		assertThat(signedOut.status()).isEqualTo(302);
		assertThat(chrome.signedIn()).isFalse();
		assertThat(firefox.signedIn()).isTrue();
		Document page = Jsoup.parse(firefox.get("/security").body());
		assertThat(page.select("#session-list tbody tr")).hasSize(1);
		assertThat(this.api.get("/api/v1/me/sessions", ana.token()).items()).hasSize(1);
	}

	@Test
	void theApiSignsOutASessionByItsIdWith204AndAnUnknownIdIs404() {
		Person ana = this.api.signUp("ana");
		SignedInBrowser chrome = signIn(ana, CHROME_ON_MAC);
		List<Map<String, Object>> items = this.api.get("/api/v1/me/sessions", ana.token()).items();
		assertThat(items).singleElement().satisfies((s) -> assertThat(s).containsEntry("current", false));

		assertThat(this.api.delete("/api/v1/me/sessions/" + items.get(0).get("id"), ana.token()).status()).isEqualTo(204);

		assertThat(chrome.signedIn()).isFalse();
		Api.Response again = this.api.delete("/api/v1/me/sessions/" + items.get(0).get("id"), ana.token());
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.code()).isEqualTo("NOT_FOUND");
		assertThat(this.api.delete("/api/v1/me/sessions/not-a-uuid", ana.token()).status()).isBetween(400, 404);
	}

	@Test
	void anotherPersonsSessionIdIs404AndTheirSessionGoesOn() {
		Person ana = this.api.signUp("ana");
		Person ben = this.api.signUp("ben");
		SignedInBrowser anasBrowser = signIn(ana, FIREFOX_ON_WINDOWS);
		SignedInBrowser bensBrowser = signIn(ben, CHROME_ON_MAC);
		String bensId = idOf(bensBrowser, "Chrome 126");

		Api.Response overApi = this.api.delete("/api/v1/me/sessions/" + bensId, ana.token());
		FuzzHttp.Answer overPage = anasBrowser.post("/security/sessions/" + bensId + "/sign-out", "");

		assertThat(overApi.status()).isEqualTo(404);
		assertThat(overPage.status()).isEqualTo(404);
		assertThat(bensBrowser.signedIn()).isTrue();
		assertThat(this.api.get("/api/v1/me/sessions", ana.token()).items()).extracting((s) -> s.get("id"))
			.doesNotContain(bensId);
	}

	@Test
	void signOutAllOtherSessionsKeepsOnlyThisOne() {
		Person ana = this.api.signUp("ana");
		SignedInBrowser firefox = signIn(ana, FIREFOX_ON_WINDOWS);
		SignedInBrowser chrome = signIn(ana, CHROME_ON_MAC);
		SignedInBrowser third = signIn(ana, CHROME_ON_MAC);

		FuzzHttp.Answer answer = firefox.post("/security/sessions/sign-out-others", "");

		assertThat(answer.status()).isEqualTo(302);
		assertThat(chrome.signedIn()).isFalse();
		assertThat(third.signedIn()).isFalse();
		assertThat(firefox.signedIn()).isTrue();
		Document page = Jsoup.parse(firefox.get("/security").body());
		assertThat(page.select("#session-list tbody tr")).singleElement()
			.satisfies((row) -> assertThat(row.attr("data-current")).isEqualTo("true"));
	}

	private SignedInBrowser signIn(Person person, String userAgent) {
		return SignedInBrowser.signIn(this.api.baseUrl(), userAgent, person.email(), Api.PASSWORD);
	}

	private static String idOf(SignedInBrowser browser, String browserName) {
		Document page = Jsoup.parse(browser.get("/security").body());
		return page.select("#session-list tbody tr")
			.stream()
			.filter((row) -> row.select(".session-browser").text().startsWith(browserName))
			.findFirst()
			.orElseThrow()
			.attr("data-session-id");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(FuzzHttp.Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return (List<Map<String, Object>>) JSON.readValue(answer.body(), Map.class).get("items");
	}

}
