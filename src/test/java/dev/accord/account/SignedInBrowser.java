package dev.accord.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.accord.support.fuzz.Forms;
import dev.accord.support.fuzz.FuzzHttp;
import dev.accord.support.fuzz.FuzzRequest;

/** A browser over real HTTP with its own cookies and user agent, signed in through the sign-in form. */
final class SignedInBrowser {

	static final String FIREFOX_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";

	static final String CHROME_ON_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 "
			+ "(KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

	private final FuzzHttp http;

	private final String userAgent;

	private SignedInBrowser(String baseUrl, String userAgent) {
		this.http = new FuzzHttp(baseUrl);
		this.userAgent = userAgent;
	}

	/** Signs in with this email and password; fails the test when sign-in is refused. */
	static SignedInBrowser signIn(String baseUrl, String userAgent, String email, String password) {
		SignedInBrowser browser = new SignedInBrowser(baseUrl, userAgent);
		FuzzHttp.Answer answer = browser.trySignIn(email, password);
		if (answer.status() != 302 || answer.location().contains("error")) {
			throw new AssertionError("sign-in failed: " + answer);
		}
		return browser;
	}

	/** A browser that has not signed in yet. */
	static SignedInBrowser anonymous(String baseUrl, String userAgent) {
		return new SignedInBrowser(baseUrl, userAgent);
	}

	FuzzHttp.Answer trySignIn(String email, String password) {
		String csrf = Forms.csrf(get("/signin").body());
		return postForm("/signin", "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf));
	}

	FuzzHttp.Answer get(String path) {
		return this.http.send(FuzzRequest.of("GET", path, headers(Map.of()), null), true);
	}

	/** Posts a form with the CSRF token of the Security Settings page added. */
	FuzzHttp.Answer post(String path, String form) {
		String csrf = Forms.csrf(get("/security").body());
		return postForm(path, (form.isEmpty() ? "" : form + "&") + "_csrf=" + encode(csrf));
	}

	FuzzHttp.Answer postForm(String path, String form) {
		return this.http.send(FuzzRequest.of("POST", path,
				headers(Map.of("Content-Type", "application/x-www-form-urlencoded")), form), true);
	}

	/** An API call with the session cookie (and its CSRF token, which the API asks of a session). */
	FuzzHttp.Answer api(String method, String path, String json) {
		String csrf = Forms.csrf(get("/security").body());
		Map<String, String> extra = new LinkedHashMap<>();
		extra.put("Accept", "application/json");
		extra.put("X-CSRF-TOKEN", csrf);
		if (json != null) {
			extra.put("Content-Type", "application/json");
		}
		return this.http.send(FuzzRequest.of(method, path, headers(extra), json), true);
	}

	/** Whether the session still opens a page that needs a signed-in person. */
	boolean signedIn() {
		return get("/security").status() == 200;
	}

	/** The raw cookie header this browser sends. */
	String cookies() {
		return this.http.sessionCookie();
	}

	private Map<String, String> headers(Map<String, String> extra) {
		Map<String, String> headers = new LinkedHashMap<>(extra);
		headers.put("User-Agent", this.userAgent);
		return headers;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
