package dev.accord.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Race;
import dev.accord.support.fuzz.Forms;
import dev.accord.support.fuzz.FuzzHttp;
import dev.accord.support.fuzz.FuzzRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests of one session at the same moment (two tabs, a double click) never fail on the session store. */
@AccordIntegrationTest
class SessionConcurrencyIntegrationTests {

	private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");

	@Autowired
	private Api api;

	@Test
	void tenPagesAtTheSameMomentEachChoosingTheLanguageAllSucceed() throws Exception {
		Api.Person ana = this.api.signUp("ana");
		FuzzHttp browser = new FuzzHttp(this.api.baseUrl());
		String csrf = Forms.csrf(browser.send(FuzzRequest.of("GET", "/signin", Map.of(), null), true).body());
		FuzzHttp.Answer signedIn = browser.send(FuzzRequest.of("POST", "/signin", FORM, "email="
				+ URLEncoder.encode(ana.email(), StandardCharsets.UTF_8) + "&password=" + Api.PASSWORD + "&_csrf="
				+ URLEncoder.encode(csrf, StandardCharsets.UTF_8)), true);
		assertThat(signedIn.status()).isEqualTo(302);
		List<Callable<Integer>> pages = new ArrayList<>();
		for (String language : List.of("de", "fr", "es", "it", "ja", "ko", "ru", "pt-BR", "zh-CN", "zh-TW")) {
			// each adds the session's language attribute, which the session did not have yet
			pages.add(() -> browser.send(FuzzRequest.of("GET", "/security?lang=" + language, Map.of(), null), true)
				.status());
		}
		@SuppressWarnings("unchecked")
		List<Integer> statuses = Race.of(pages.toArray(new Callable[0]));
		assertThat(statuses).containsOnly(200);
	}

}
