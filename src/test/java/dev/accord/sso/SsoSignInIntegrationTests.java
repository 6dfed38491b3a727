package dev.accord.sso;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.accord.account.AccountService;
import dev.accord.business.MembershipService;
import dev.accord.business.MembershipView;
import dev.accord.business.Role;
import dev.accord.shared.Actor;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on end to end over real HTTP against a real OIDC provider running in the test
 * (mock-oauth2-server): Accord's sign-in form → the provider's {@code /authorize} → Accord's callback.
 */
@AccordIntegrationTest
@Import(SsoSignInIntegrationTests.Domains.class)
class SsoSignInIntegrationTests {

	private static final String ISSUER = "acme";

	private static final MockOAuth2Server provider = new MockOAuth2Server();

	@Autowired
	Api api;

	@Autowired
	TestDomains domains;

	@Autowired
	AccountService accounts;

	@Autowired
	MembershipService memberships;

	private Api.Person admin;

	private UUID business;

	private String domain;

	@BeforeAll
	static void startProvider() {
		provider.start();
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	@BeforeEach
	void connectProvider() {
		this.admin = this.api.signUp("sso-admin");
		this.business = this.api.createBusiness(this.admin, "Acme");
		this.domain = "acme-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		this.domains.verify(this.domain, this.business);
		configure(false, false);
		assertThat(this.api.post(path() + "/test", null, this.admin.token()).succeeded().map())
			.containsEntry("lastTestResult", "OK");
		configure(true, false);
	}

	@Test
	void firstSignInCreatesThePersonAndTheMembershipAndASecondReusesThem() throws Exception {
		String email = "ada@" + this.domain;
		HttpResponse<String> first = signInThroughProvider(email, tokenFor(email, true, List.of("accord")));
		assertThat(first.uri().getPath()).isEqualTo("/business/" + this.business + "/dashboard");
		assertThat(first.statusCode()).isEqualTo(200);
		UUID person = this.accounts.findByEmail(email).orElseThrow().id();
		assertThat(membership(person)).satisfies((m) -> {
			assertThat(m.role()).isEqualTo(Role.REGULAR_MEMBER);
			assertThat(m.isActive()).isTrue();
		});

		HttpResponse<String> second = signInThroughProvider(email, tokenFor(email, true, List.of("accord")));
		assertThat(second.uri().getPath()).isEqualTo("/business/" + this.business + "/dashboard");
		assertThat(this.accounts.findByEmail(email).orElseThrow().id()).isEqualTo(person);
		assertThat(this.memberships.membershipsOf(person)).hasSize(1);
	}

	@Test
	void anIdTokenForAnotherAudienceIsRefused() throws Exception {
		String email = "eve@" + this.domain;
		Map<String, Object> claims = claims(email, true);
		// The provider names the client that asked as audience; the claim replaces it.
		claims.put("aud", List.of("someone-else"));
		HttpResponse<String> response = signInThroughProvider(email,
				new DefaultOAuth2TokenCallback(ISSUER, "eve", "JWT", List.of("someone-else"), claims, 3600));
		assertRefused(response, email);
	}

	@Test
	void anIdTokenFromAnotherIssuerIsRefused() throws Exception {
		String email = "eve@" + this.domain;
		Map<String, Object> claims = claims(email, true);
		claims.put("iss", provider.issuerUrl("other").toString());
		HttpResponse<String> response = signInThroughProvider(email,
				new DefaultOAuth2TokenCallback(ISSUER, "eve", "JWT", List.of("accord"), claims, 3600));
		assertRefused(response, email);
	}

	@Test
	void anIdTokenWithAnotherNonceIsRefused() throws Exception {
		String email = "eve@" + this.domain;
		Map<String, Object> claims = claims(email, true);
		claims.put("nonce", "not-the-nonce-accord-sent");
		HttpResponse<String> response = signInThroughProvider(email,
				new DefaultOAuth2TokenCallback(ISSUER, "eve", "JWT", List.of("accord"), claims, 3600));
		assertRefused(response, email);
	}

	@Test
	void anUnverifiedEmailIsRefused() throws Exception {
		String email = "una@" + this.domain;
		HttpResponse<String> response = signInThroughProvider(email, tokenFor(email, false, List.of("accord")));
		assertThat(response.uri().toString()).endsWith("/signin?sso=email_not_verified");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void anEmailOfAnotherDomainIsRefused() throws Exception {
		String email = "mallory@elsewhere-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		HttpResponse<String> response = signInThroughProvider("ada@" + this.domain,
				tokenFor(email, true, List.of("accord")));
		assertThat(response.uri().toString()).endsWith("/signin?sso=other_domain");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void requireSsoRefusesThePasswordOfThatDomainButNotTheAdministrators() {
		String email = "bob@" + this.domain;
		this.api.verifiedAccount(email, "Bob", "Builder");
		configure(true, true);
		Api.Response refused = this.api.post("/api/v1/tokens",
				Map.of("email", email, "password", Api.PASSWORD, "name", "cli"), null);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("SSO_REQUIRED");
		Api.Response wrongPassword = this.api.post("/api/v1/tokens",
				Map.of("email", email, "password", "not-the-password", "name", "cli"), null);
		assertThat(wrongPassword.status()).isEqualTo(401);
	}

	@Test
	void requireSsoSendsThePasswordFormBackAndTheEmailLookupSaysSoButAdministratorsKeepTheirPassword()
			throws Exception {
		String email = "carol@" + this.domain;
		this.api.verifiedAccount(email, "Carol", "Clerk");
		String boss = "boss@" + this.domain;
		UUID bossId = this.api.verifiedAccount(boss, "Bea", "Boss");
		this.memberships.join(this.business, bossId, Role.ACCOUNT_ADMINISTRATOR, Actor.system());
		configure(true, true);

		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String lookup = browser.send(HttpRequest.newBuilder(URI.create(this.api.baseUrl() + "/signin/sso?email="
				+ URLEncoder.encode(email, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(lookup).contains("data-sso-required=\"true\"").contains("id=\"sso-continue\"");
		String elsewhere = browser.send(HttpRequest.newBuilder(URI.create(this.api.baseUrl()
				+ "/signin/sso?email=someone%40elsewhere.example")).build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(elsewhere).contains("data-sso-required=\"false\"").doesNotContain("sso-continue");

		HttpResponse<String> refused = postSignIn(browser, email, Api.PASSWORD);
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/signin?ssoRequired");

		// The account's Account Administrators keep their password: the recovery path when the provider fails.
		HttpResponse<String> recovery = postSignIn(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(),
				boss, Api.PASSWORD);
		assertThat(recovery.statusCode()).isEqualTo(302);
		assertThat(recovery.headers().firstValue("Location").orElseThrow()).doesNotContain("/signin");
		assertThat(this.api.post("/api/v1/tokens", Map.of("email", boss, "password", Api.PASSWORD, "name", "cli"), null)
			.status()).isEqualTo(201);
	}

	@Test
	void requireSsoRefusesJoiningThroughAnInvitationWithThePassword() {
		String email = "erin@" + this.domain;
		this.api.verifiedAccount(email, "Erin", "Early");
		configure(true, true);
		this.api.invite(this.admin, this.business, email).succeeded();
		String token = Api.joinToken(this.api.awaitMail(email, 1));
		Api.Response refused = this.api.post("/api/v1/invitations/" + token + "/accept",
				Map.of("password", Api.PASSWORD), null);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("SSO_REQUIRED");
		UUID erin = this.accounts.findByEmail(email).orElseThrow().id();
		assertThat(this.memberships.membershipsOf(erin)).isEmpty();
	}

	@Test
	void theClaimMappingMakesAndUnmakesAccountAdministratorsWithTheProviderAsActorInTheAuditLog() throws Exception {
		configure(true, false, "groups", "accord-admins");
		String email = "dora@" + this.domain;
		Map<String, Object> admins = claims(email, true);
		admins.put("groups", List.of("staff", "accord-admins"));
		signInThroughProvider(email, new DefaultOAuth2TokenCallback(ISSUER, email, "JWT", List.of("accord"), admins, 3600));
		UUID person = this.accounts.findByEmail(email).orElseThrow().id();
		assertThat(membership(person).role()).isEqualTo(Role.ACCOUNT_ADMINISTRATOR);

		Map<String, Object> staff = claims(email, true);
		staff.put("groups", List.of("staff"));
		signInThroughProvider(email, new DefaultOAuth2TokenCallback(ISSUER, email, "JWT", List.of("accord"), staff, 3600));
		assertThat(membership(person).role()).isEqualTo(Role.REGULAR_MEMBER);

		List<Map<String, Object>> entries = this.api
			.get("/api/v1/business-accounts/" + this.business + "/audit-events", this.admin.token())
			.items()
			.stream()
			.filter((e) -> e.get("action").toString().startsWith("MEMBER_")
					&& e.toString().contains(person.toString()))
			.toList();
		assertThat(entries).extracting((e) -> e.get("action"))
			.contains("MEMBER_JOINED", "MEMBER_ROLE_CHANGED");
		assertThat(entries).allSatisfy((e) -> assertThat(e.get("actor").toString()).contains("PROVIDER")
			.contains("localhost"));
	}

	@Test
	void anotherTenantsSsoSettingsAreNotFound() {
		Api.Person stranger = this.api.signUp("stranger");
		assertThat(this.api.get(path(), stranger.token()).status()).isEqualTo(404);
		assertThat(this.api.post(path() + "/test", null, stranger.token()).status()).isEqualTo(404);
	}

	@Test
	void theSecretIsNeverShownBack() {
		Map<String, Object> view = this.api.get(path(), this.admin.token()).succeeded().map();
		assertThat(view).containsEntry("hasClientSecret", true).doesNotContainKey("clientSecret");
		assertThat(view.get("redirectUri").toString()).endsWith("/login/oauth2/code/" + this.business);
	}

	private void assertRefused(HttpResponse<String> response, String email) {
		assertThat(response.uri().getPath()).isEqualTo("/signin");
		assertThat(response.uri().getQuery()).startsWith("sso=");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	private MembershipView membership(UUID person) {
		return this.memberships.membershipsOf(person)
			.stream()
			.filter((m) -> m.businessAccountId().equals(this.business))
			.findFirst()
			.orElseThrow();
	}

	private void configure(boolean enabled, boolean requireSso) {
		configure(enabled, requireSso, null, null);
	}

	private void configure(boolean enabled, boolean requireSso, String adminClaim, String adminClaimValue) {
		Map<String, Object> body = new HashMap<>();
		body.put("adminClaim", adminClaim);
		body.put("adminClaimValue", adminClaimValue);
		body.put("issuer", provider.issuerUrl(ISSUER).toString());
		body.put("clientId", "accord");
		body.put("clientSecret", "accord-secret");
		body.put("enabled", enabled);
		body.put("requireSso", requireSso);
		body.put("joinOnFirstSignIn", true);
		Api.Response response = this.api.send("PUT", path(), body, this.admin.token());
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	private String path() {
		return "/api/v1/business-accounts/" + this.business + "/sso";
	}

	private static DefaultOAuth2TokenCallback tokenFor(String email, boolean verified, List<String> audience) {
		return new DefaultOAuth2TokenCallback(ISSUER, email, "JWT", audience, claims(email, verified), 3600);
	}

	private static Map<String, Object> claims(String email, boolean verified) {
		Map<String, Object> claims = new HashMap<>();
		claims.put("email", email);
		claims.put("email_verified", verified);
		claims.put("given_name", "Ada");
		claims.put("family_name", "Lovelace");
		return claims;
	}

	/** The sign-in form with this email and password, not following the answer's redirect. */
	private HttpResponse<String> postSignIn(HttpClient browser, String email, String password)
			throws IOException, InterruptedException {
		String page = browser.send(HttpRequest.newBuilder(URI.create(this.api.baseUrl() + "/signin")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).isTrue();
		String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		return browser.send(HttpRequest.newBuilder(URI.create(this.api.baseUrl() + "/signin"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The sign-in form with the email and no password, followed through the provider and back. */
	private HttpResponse<String> signInThroughProvider(String email, DefaultOAuth2TokenCallback token)
			throws IOException, InterruptedException {
		provider.enqueueCallback(token);
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.ALWAYS)
			.build();
		String page = browser.send(HttpRequest.newBuilder(URI.create(this.api.baseUrl() + "/signin")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).isTrue();
		String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		return browser.send(HttpRequest.newBuilder(URI.create(this.api.baseUrl() + "/signin"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Domains {

		@Bean
		@Primary
		TestDomains testDomains() {
			return new TestDomains();
		}

	}

}
