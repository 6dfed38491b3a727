package dev.accord.account;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Password rules shown up front, the new password asked twice, and a failed sign-in keeping the email. */
@AccordIntegrationTest
class PasswordAndSignInFormsIntegrationTests {

	private static final String RULES = "Use 10 to 128 characters.";

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Test
	void everyNewPasswordFieldShowsTheRulesBeforeAnyError() throws Exception {
		Person ana = this.api.signUp("ana");
		this.mvc.perform(post("/forgot-password").with(csrf()).param("email", ana.email()));
		Matcher reset = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)")
			.matcher((String) this.api.awaitMail(ana.email(), 1).get("text"));
		assertThat(reset.find()).isTrue();

		assertRulesUnder("newPassword", "confirmNewPassword", page(get("/security").with(user(Principals.of(ana)))));
		assertRulesUnder("password", null, page(get("/signup")));
		assertRulesUnder("password", null, page(get("/signup/business")));
		assertRulesUnder("password", "confirmPassword", page(get("/reset-password").param("token", reset.group(1))));
		String newcomer = Api.uniqueEmail("newcomer");
		this.api.invite(ana, this.api.createBusiness(ana, "ACME"), newcomer).succeeded();
		assertRulesUnder("password", "confirmPassword",
				page(get("/join/{token}", Api.joinToken(this.api.awaitMail(newcomer, 1)))));
		assertThat(page(get("/signin")).select(".password-rules")).isEmpty();
	}

	@Test
	void changingThePasswordAsksTwiceAndSavesNothingWhenTheTwoDiffer() throws Exception {
		Person ana = this.api.signUp("ana");

		Document page = Jsoup.parse(this.mvc
			.perform(post("/security/password").with(user(Principals.of(ana))).with(csrf())
				.param("currentPassword", Api.PASSWORD)
				.param("newPassword", "a-brand-new-password")
				.param("confirmNewPassword", "a-brand-new-passw0rd"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());

		assertThat(page.select("#confirmNewPassword-error").text()).isEqualTo("The two passwords are not the same.");
		assertThat(page.select("#confirmNewPassword").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#newPassword-error")).isEmpty();
		assertThat(page.select("#password-changed")).isEmpty();
		assertThat(this.api.post("/api/v1/tokens", Map.of("email", ana.email(), "password", Api.PASSWORD, "name", "t"),
				null).status()).isEqualTo(201);

		this.mvc.perform(post("/security/password").with(user(Principals.of(ana))).with(csrf())
			.param("currentPassword", Api.PASSWORD)
			.param("newPassword", "a-brand-new-password")
			.param("confirmNewPassword", "a-brand-new-password")).andExpect(redirectedUrl("/security"));
		assertThat(this.api.post("/api/v1/tokens",
				Map.of("email", ana.email(), "password", "a-brand-new-password", "name", "t"), null).status())
			.isEqualTo(201);
	}

	@Test
	void aFailedSignInKeepsTheTypedEmailOnceButNeverThePasswordAndSaysNoMore() throws Exception {
		Person ana = this.api.signUp("ana");
		String unknown = Api.uniqueEmail("nobody");

		Document known = failedSignIn(ana.email(), "wrong-password-typed");
		Document stranger = failedSignIn(unknown, "wrong-password-typed");

		assertThat(known.select("#email").val()).isEqualTo(ana.email());
		assertThat(stranger.select("#email").val()).isEqualTo(unknown);
		assertThat(known.select("#password").val()).isEmpty();
		assertThat(known.html()).doesNotContain("wrong-password-typed");
		assertThat(known.select("#password").hasAttr("autofocus")).isTrue();
		assertThat(known.select("#signin-error").text()).isEqualTo(stranger.select("#signin-error").text());
		assertThat(withoutVaryingParts(known, ana.email())).isEqualTo(withoutVaryingParts(stranger, unknown));
	}

	@Test
	void oddEmailsTypedIntoAFailedSignInComeBackEscapedOrNotAtAll() throws Exception {
		for (String odd : new String[] { "<script>alert(1)</script>@example.com", "\"><img src=x onerror=alert(1)>",
				"a".repeat(300) + "@example.com", "ünïcødé@例え.jp", "tab\there@example.com", "   " }) {
			MockHttpServletResponse failed = this.mvc
				.perform(post("/signin").with(csrf()).param("email", odd).param("password", "whatever-it-is"))
				.andReturn().getResponse();
			assertThat(failed.getStatus()).as(odd).isEqualTo(302);
			String page = this.mvc.perform(get("/signin").param("error", "").cookie(failed.getCookie("SESSION")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(page).as(odd).doesNotContain("<script>alert(1)", "<img src=x", "a".repeat(300));
		}
	}

	private Document failedSignIn(String email, String password) throws Exception {
		MockHttpServletResponse failed = this.mvc
			.perform(post("/signin").with(csrf()).param("email", email).param("password", password))
			.andExpect(redirectedUrl("/signin?error"))
			.andReturn().getResponse();
		Cookie session = failed.getCookie("SESSION");
		Document page = Jsoup.parse(this.mvc.perform(get("/signin").param("error", "").cookie(session))
			.andReturn().getResponse().getContentAsString());
		Document again = Jsoup.parse(this.mvc.perform(get("/signin").cookie(session))
			.andReturn().getResponse().getContentAsString());
		assertThat(again.select("#email").val()).as("shown once").isEmpty();
		return page;
	}

	private static String withoutVaryingParts(Document page, String email) {
		return page.html().replace(email, "EMAIL").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private static void assertRulesUnder(String field, String repeated, Document page) {
		Element rules = page.getElementById(field + "-rules");
		assertThat(rules).as(field).isNotNull();
		assertThat(rules.text()).startsWith(RULES);
		assertThat(page.getElementById(field).attr("aria-describedby")).contains(field + "-rules");
		assertThat(page.select(".field-error")).isEmpty();
		if (repeated != null) {
			assertThat(page.getElementById(repeated)).isNotNull();
			assertThat(page.getElementById(repeated + "-rules")).isNull();
		}
	}

}
