package dev.accord.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.accord.account.AccountService;
import dev.accord.business.MembershipService;
import dev.accord.business.Role;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Browser;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on in real Chromium against a real OIDC provider with its own login form
 * (mock-oauth2-server, interactive login): Accord asks for the email first, offers the company's
 * sign-in, the provider's form signs the person in, and Accord opens the business account's
 * Dashboard — a new person and membership on the first sign-in, the same ones on the second. With
 * "Require SSO", a passkey added before no longer signs that person in, and the page says why.
 */
@AccordIntegrationTest
@Import(SsoSignInIntegrationTests.Domains.class)
class SsoBrowserIntegrationTests {

	private static final String ISSUER = "acme";

	// Passkeys need the exact origin, so this portal runs on a port chosen before it starts.
	private static final int PORT = freePort();

	@DynamicPropertySource
	static void fixedOrigin(DynamicPropertyRegistry properties) {
		properties.add("server.port", () -> PORT);
		properties.add("accord.security.passkeys.origins", () -> "http://localhost:" + PORT);
	}

	private static final MockOAuth2Server provider = new MockOAuth2Server(new OAuth2Config(true));

	@Autowired
	Api api;

	@Autowired
	TestDomains domains;

	@Autowired
	AccountService accounts;

	@Autowired
	MembershipService memberships;

	@BeforeAll
	static void startProvider() {
		provider.start();
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	@Test
	void aPersonSignsInWithTheCompanysIdentityProviderAndJoinsOnTheFirstSignIn() throws Exception {
		Api.Person admin = this.api.signUp("sso-browser-admin");
		UUID business = this.api.createBusiness(admin, "Acme Browser");
		String domain = "acme-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		this.domains.verify(domain, business);
		String path = "/api/v1/business-accounts/" + business + "/sso";
		configure(admin, path, false, false);
		assertThat(this.api.post(path + "/test", null, admin.token()).succeeded().map())
			.containsEntry("lastTestResult", "OK");
		configure(admin, path, true, false);
		String email = "grace@" + domain;

		try (Browser browser = Browser.open(this.api.baseUrl())) {
			browser.resize(390, 844);
			signInThroughTheProvider(browser, email);
			browser.awaitUrlContains("/business/" + business + "/dashboard");
			assertThat(browser.title()).isEqualTo("Dashboard · Accord My Account");
			assertThat(browser.text("#context-label")).isEqualTo("Acme Browser");
			assertThat(browser.text("#role")).isEqualTo("Regular Member");
			browser.assertNoHorizontalOverflow();
			browser.assertAccessible();

			UUID person = this.accounts.findByEmail(email).orElseThrow().id();
			assertThat(this.memberships.membershipsOf(person)).singleElement().satisfies((m) -> {
				assertThat(m.businessAccountId()).isEqualTo(business);
				assertThat(m.role()).isEqualTo(Role.REGULAR_MEMBER);
				assertThat(m.isActive()).isTrue();
			});

			browser.resize(1280, 1000);
			browser.click("#user-menu summary");
			browser.click("#logout");
			browser.awaitUrlContains("/signin?signedOut");
			signInThroughTheProvider(browser, email);
			browser.awaitUrlContains("/business/" + business + "/dashboard");
			assertThat(this.accounts.findByEmail(email).orElseThrow().id()).isEqualTo(person);
			assertThat(this.memberships.membershipsOf(person)).hasSize(1);
		}
	}

	@Test
	void withRequireSsoAPasskeyNoLongerSignsInAndThePageSaysToUseTheCompanySignIn() throws Exception {
		Api.Person admin = this.api.signUp("sso-passkey-admin");
		UUID business = this.api.createBusiness(admin, "Acme Passkeys");
		String domain = "acme-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		this.domains.verify(domain, business);
		String path = "/api/v1/business-accounts/" + business + "/sso";
		configure(admin, path, false, false);
		this.api.post(path + "/test", null, admin.token()).succeeded();
		configure(admin, path, true, false);
		String email = "pia@" + domain;
		this.api.verifiedAccount(email, "Pia", "Passkey");

		try (Browser browser = Browser.openOwn(this.api.baseUrl())) {
			VirtualAuthenticator authenticator = ((HasVirtualAuthenticator) browser.driver())
				.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
					.setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
					.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
					.setHasResidentKey(true)
					.setHasUserVerification(true)
					.setIsUserVerified(true)
					.setIsUserConsenting(true));
			// Before "Require SSO" the person signs in with the password and adds a passkey.
			browser.signIn(email, Api.PASSWORD);
			browser.go("/security");
			browser.type("#passkey-name", "Laptop");
			browser.click("#passkey-add");
			browser.awaitUrlContains("passkeyAdded");
			assertThat(authenticator.getCredentials()).hasSize(1);
			browser.click("#user-menu summary");
			browser.click("#logout");
			browser.awaitUrlContains("/signin?signedOut");

			configure(admin, path, true, true);
			browser.click("#passkey-signin-button");
			browser.awaitText("#passkey-signin-error",
					"Your company requires its own sign-in for this email. Use \"Sign in with single sign-on\".");
			assertThat(browser.url()).contains("/signin");
			browser.go("/dashboard");
			browser.awaitUrlContains("/signin");
		}
	}

	/** Email first on Accord's sign-in page, then the provider's own login form. */
	private void signInThroughTheProvider(Browser browser, String email) {
		browser.go("/signin");
		browser.type("#email", email);
		// Leaving the field asks whether this email's domain signs in through its company.
		browser.js().executeScript("document.getElementById('email').dispatchEvent(new Event('change'))");
		browser.awaitText("#sso-continue", "Continue with your company's sign-in");
		browser.click("#sso-continue");
		browser.awaitUrlContains(":" + provider.baseUrl().port() + "/" + ISSUER + "/authorize");
		browser.type("input[name=username]", email);
		browser.type("textarea[name=claims]", """
				{"email": "%s", "email_verified": true, "given_name": "Grace", "family_name": "Hopper"}"""
			.formatted(email));
		browser.click("input[type=submit]");
	}

	private void configure(Api.Person admin, String path, boolean enabled, boolean requireSso) {
		Map<String, Object> body = new HashMap<>();
		body.put("issuer", provider.issuerUrl(ISSUER).toString());
		body.put("clientId", "accord");
		body.put("clientSecret", "accord-secret");
		body.put("enabled", enabled);
		body.put("requireSso", requireSso);
		body.put("joinOnFirstSignIn", true);
		Api.Response response = this.api.send("PUT", path, body, admin.token());
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
