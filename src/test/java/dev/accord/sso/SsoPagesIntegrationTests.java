package dev.accord.sso;

import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
 * The Single Sign-On page (Business Profile → Security): configure, test against a real OIDC
 * provider running in the test (mock-oauth2-server), switch on; errors next to the fields with
 * nothing saved; the secret never in the HTML; Regular Members refused, other tenants 404.
 */
@AccordIntegrationTest
@Import(SsoSignInIntegrationTests.Domains.class)
class SsoPagesIntegrationTests {

	private static final String SECRET = "page-secret-7f3a9c";

	private static final MockOAuth2Server provider = new MockOAuth2Server();

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Autowired
	TestDomains domains;

	@Autowired
	SsoAdministration sso;

	private Person admin;

	private UUID business;

	@BeforeAll
	static void startProvider() {
		provider.start();
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	@BeforeEach
	void business() {
		this.admin = this.api.signUp("sso-page-admin");
		this.business = this.api.createBusiness(this.admin, "Acme SSO");
	}

	@Test
	void thePageShowsTheRedirectUriToRegisterAndAnEmptyForm() throws Exception {
		this.mvc.perform(get(page()).with(user(Principals.of(this.admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Single Sign-On</h1>")))
			.andExpect(content().string(containsString("/login/oauth2/code/" + this.business + "</code>")))
			.andExpect(content().string(containsString("id=\"sso-back\"")))
			.andExpect(content().string(containsString("id=\"sso-state\">Off<")))
			.andExpect(content().string(containsString("Not tested yet")))
			.andExpect(content().string(not(containsString("A secret is stored"))));
	}

	@Test
	void anAdministratorConfiguresTestsAndSwitchesSingleSignOnOn() throws Exception {
		save(issuer(), "accord", SECRET, false).andExpect(redirectedUrl(page()))
			.andExpect(flash().attribute("ssoSaved", true));
		this.mvc.perform(get(page()).with(user(Principals.of(this.admin))))
			.andExpect(content().string(containsString("A secret is stored; leave empty to keep it.")))
			.andExpect(content().string(containsString("value=\"" + issuer() + "\"")))
			.andExpect(content().string(not(containsString(SECRET))));

		MvcResult tested = this.mvc.perform(post(page() + "/test").with(user(Principals.of(this.admin))).with(csrf()))
			.andExpect(redirectedUrl(page()))
			.andExpect(flash().attribute("testResult", TestResult.OK))
			.andReturn();
		this.mvc.perform(get(page()).with(user(Principals.of(this.admin))).cookie(tested.getResponse().getCookies()))
			.andExpect(content().string(containsString("The connection works")))
			.andExpect(content().string(containsString("Last tested successfully")));

		// No verified domain yet: refused next to the switch, nothing saved.
		save(issuer(), "accord", "", true).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"enabled-error\"")))
			.andExpect(content().string(containsString("Verify at least one domain before you switch single sign-on on.")));
		assertThat(view().enabled()).isFalse();

		this.domains.verify("acme-" + UUID.randomUUID().toString().substring(0, 8) + ".example", this.business);
		// An empty secret keeps the stored one.
		save(issuer(), "accord", "", true).andExpect(redirectedUrl(page()));
		assertThat(view().enabled()).isTrue();
		assertThat(view().hasClientSecret()).isTrue();
		this.mvc.perform(get(page()).with(user(Principals.of(this.admin))))
			.andExpect(content().string(containsString("id=\"sso-state\">On<")))
			.andExpect(content().string(not(containsString(SECRET))));
	}

	@Test
	void switchingOnBeforeATestIsRefusedNextToTheSwitchAndSavesNothing() throws Exception {
		this.domains.verify("untested-" + UUID.randomUUID().toString().substring(0, 8) + ".example", this.business);
		save(issuer(), "accord", SECRET, true).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"enabled-error\"")))
			.andExpect(content().string(containsString("Test the connection successfully before you switch single sign-on on.")))
			.andExpect(content().string(not(containsString(SECRET))));
		assertThat(view().issuer()).isNull();
	}

	@Test
	void badInputIsShownNextToEachFieldInTheUsersLanguageAndNothingIsSaved() throws Exception {
		this.mvc.perform(form("ftp://idp.example", "", SECRET, false).param("adminClaim", "not a claim!"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"issuer-error\"")))
			.andExpect(content().string(containsString("id=\"clientId-error\"")))
			.andExpect(content().string(containsString("id=\"adminClaim-error\"")))
			.andExpect(content().string(containsString("id=\"adminClaimValue-error\"")))
			.andExpect(content().string(containsString("Use letters, digits and . _ : / - only.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(not(containsString(SECRET))));
		// Sizes are checked at the edge, before the settings' own rules.
		this.mvc.perform(form("x".repeat(600), "accord", "", false).header("Accept-Language", "de"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"issuer-error\"")))
			.andExpect(content().string(containsString("Single Sign-on ein")));
		this.mvc.perform(form(issuer(), "accord", "", false))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"clientSecret-error\"")));
		assertThat(view().issuer()).isNull();
		assertThat(view().hasClientSecret()).isFalse();
	}

	@Test
	void testingBeforeSavingSaysToSaveFirst() throws Exception {
		this.mvc.perform(post(page() + "/test").with(user(Principals.of(this.admin))).with(csrf()))
			.andExpect(redirectedUrl(page()))
			.andExpect(flash().attribute("testError", "sso.page.test.saveFirst"));
	}

	@Test
	void anUnreachableIssuerFailsFastAndSaysSo() throws Exception {
		save("https://127.0.0.1:1/realms/none", "accord", SECRET, false).andExpect(redirectedUrl(page()));
		long started = System.nanoTime();
		MvcResult tested = this.mvc.perform(post(page() + "/test").with(user(Principals.of(this.admin))).with(csrf()))
			.andExpect(flash().attribute("testResult", TestResult.DISCOVERY_FAILED))
			.andReturn();
		assertThat(System.nanoTime() - started).isLessThan(10_000_000_000L);
		this.mvc.perform(get(page()).with(user(Principals.of(this.admin))).cookie(tested.getResponse().getCookies()))
			.andExpect(content().string(containsString("The discovery document could not be fetched")));
	}

	@Test
	void aRepeatedSaveOrTestAnswersTheSameAndNeverFails() throws Exception {
		save(issuer(), "accord", SECRET, false).andExpect(redirectedUrl(page()));
		save(issuer(), "accord", SECRET, false).andExpect(redirectedUrl(page()));
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(post(page() + "/test").with(user(Principals.of(this.admin))).with(csrf()))
				.andExpect(flash().attribute("testResult", TestResult.OK));
		}
		assertThat(view().lastTestResult()).isEqualTo(TestResult.OK);
	}

	@Test
	void twoFirstSavesAtTheSameMomentBothSucceed() throws Exception {
		for (int round = 0; round < 5; round++) {
			Person owner = this.api.signUp("sso-page-race");
			UUID account = this.api.createBusiness(owner, "Race SSO");
			String path = "/business/" + account + "/sso";
			java.util.concurrent.Callable<Integer> save = () -> this.mvc
				.perform(post(path).with(user(Principals.of(owner))).with(csrf())
					.param("issuer", issuer()).param("clientId", "accord").param("clientSecret", SECRET))
				.andReturn().getResponse().getStatus();
			assertThat(dev.accord.support.Race.of(save, save)).containsOnly(302);
			assertThat(this.sso.view(account, owner.id()).issuer()).isEqualTo(issuer());
		}
	}

	@Test
	void aRegularMemberIsRefusedAndChangesNothing() throws Exception {
		Person bob = this.api.inviteAndJoin(this.admin, this.business, "sso-page-bob");
		this.mvc.perform(get(page()).with(user(Principals.of(bob)))).andExpect(status().isForbidden());
		this.mvc.perform(form(issuer(), "accord", SECRET, false).with(user(Principals.of(bob))))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(page() + "/test").with(user(Principals.of(bob))).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(view().issuer()).isNull();
	}

	@Test
	void anotherTenantGetsNotFound() throws Exception {
		Person eve = this.api.signUp("sso-page-eve");
		this.mvc.perform(get(page()).with(user(Principals.of(eve))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Acme SSO"))));
		this.mvc.perform(form(issuer(), "accord", SECRET, false).with(user(Principals.of(eve))))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(page() + "/test").with(user(Principals.of(eve))).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(view().issuer()).isNull();
	}

	@Test
	void signedOutVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get(page())).andExpect(redirectedUrl("/signin"));
	}

	private org.springframework.test.web.servlet.ResultActions save(String issuer, String clientId, String secret,
			boolean enabled) throws Exception {
		return this.mvc.perform(form(issuer, clientId, secret, enabled));
	}

	private MockHttpServletRequestBuilder form(String issuer, String clientId, String secret, boolean enabled) {
		MockHttpServletRequestBuilder request = post(page()).with(user(Principals.of(this.admin))).with(csrf())
			.param("issuer", issuer)
			.param("clientId", clientId)
			.param("clientSecret", secret)
			.param("_enabled", "on")
			.param("_requireSso", "on")
			.param("joinOnFirstSignIn", "true")
			.param("_joinOnFirstSignIn", "on");
		return enabled ? request.param("enabled", "true") : request;
	}

	private SsoConnectionView view() {
		return this.sso.view(this.business, this.admin.id());
	}

	private String page() {
		return "/business/" + this.business + "/sso";
	}

	private static String issuer() {
		return provider.issuerUrl("acme").toString();
	}

}
