package dev.accord.account;

import java.util.Map;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign in, sign up, profile and security settings through the pages, with real sessions. */
@AccordIntegrationTest
class AccountPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Test
	void signingInGivesANewSessionId() throws Exception {
		Person ana = this.api.signUp("ana");
		Cookie before = this.mvc.perform(get("/signin")).andReturn().getResponse().getCookie("SESSION");

		MvcResult signedIn = this.mvc
			.perform(post("/signin").cookie(before).with(csrf()).param("email", ana.email()).param("password", Api.PASSWORD))
			.andExpect(redirectedUrl("/dashboard"))
			.andReturn();

		Cookie after = signedIn.getResponse().getCookie("SESSION");
		assertThat(before).isNotNull();
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		this.mvc.perform(get("/dashboard").cookie(after)).andExpect(status().isOk());
		this.mvc.perform(get("/dashboard").cookie(before)).andExpect(redirectedUrl("/signin"));
	}

	@Test
	void aWrongPasswordAndAnUnknownEmailShowTheSameMessage() throws Exception {
		Person ana = this.api.signUp("ana");

		String wrong = this.mvc.perform(post("/signin").with(csrf()).param("email", ana.email()).param("password", "nope"))
			.andReturn().getResponse().getRedirectedUrl();
		String unknown = this.mvc
			.perform(post("/signin").with(csrf()).param("email", Api.uniqueEmail("x")).param("password", "nope"))
			.andReturn().getResponse().getRedirectedUrl();

		assertThat(wrong).isEqualTo("/signin?error").isEqualTo(unknown);
		this.mvc.perform(get("/signin").param("error", ""))
			.andExpect(content().string(containsString("The email or password is not correct.")));
	}

	@Test
	void signUpRefusesATakenEmailInAnotherCaseNextToTheField() throws Exception {
		Person ana = this.api.signUp("ana");

		this.mvc
			.perform(post("/signup").with(csrf()).param("firstName", "Ana").param("lastName", "Other")
				.param("email", ana.email().toUpperCase()).param("password", Api.PASSWORD).param("language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"email-error\"")))
			.andExpect(content().string(containsString("An account with this email exists already.")))
			.andExpect(content().string(not(containsString(Api.PASSWORD))));
	}

	@Test
	void theBusinessCustomerSignUpCreatesThePersonAndTheCompanyOrNeither() throws Exception {
		String email = Api.uniqueEmail("owner");
		this.mvc
			.perform(post("/signup/business").with(csrf()).param("firstName", "Olga").param("lastName", "Owner")
				.param("email", email).param("password", Api.PASSWORD).param("language", "en")
				.param("companyName", "").param("country", "DE").param("postcode", "10115").param("phone", "+49 30 1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"companyName-error\"")));
		assertThat(this.api.post("/api/v1/tokens", Map.of("email", email, "password", Api.PASSWORD, "name", "t"), null)
			.status()).isEqualTo(401);

		MvcResult created = this.mvc
			.perform(post("/signup/business").with(csrf()).param("firstName", "Olga").param("lastName", "Owner")
				.param("email", email).param("password", Api.PASSWORD).param("language", "en")
				.param("companyName", "Owner GmbH").param("country", "DE").param("postcode", "10115")
				.param("phone", "+49 30 1234"))
			.andExpect(status().is3xxRedirection())
			.andReturn();

		assertThat(created.getResponse().getRedirectedUrl()).matches("/business/[0-9a-f-]{36}/dashboard");
		this.mvc.perform(get(created.getResponse().getRedirectedUrl()).cookie(created.getResponse().getCookies()))
			.andExpect(content().string(containsString("Owner GmbH")))
			.andExpect(content().string(containsString("Account Administrator")));
	}

	@Test
	void theProfileLanguageIsUsedFromTheNextPageOn() throws Exception {
		Person ana = this.api.signUp("ana");
		Cookie session = signIn(ana);

		this.mvc
			.perform(post("/profile").cookie(session).with(csrf()).param("firstName", "Ana").param("lastName", "Silva")
				.param("language", "de"))
			.andExpect(redirectedUrl("/profile"));
		this.mvc.perform(get("/dashboard").cookie(session))
			.andExpect(content().string(containsString("<html lang=\"de\"")));
		this.mvc
			.perform(post("/profile").cookie(session).with(csrf()).param("firstName", "").param("lastName", "Silva")
				.param("language", "klingon"))
			.andExpect(content().string(containsString("id=\"firstName-error\"")));
		assertThat(this.api.get("/api/v1/me", ana.token()).map()).containsEntry("language", "de")
			.containsEntry("firstName", "Ana");
	}

	@Test
	void changingThePasswordNeedsTheCurrentOneAndSignsOutOtherSessions() throws Exception {
		Person ana = this.api.signUp("ana");
		Cookie here = signIn(ana);
		Cookie elsewhere = signIn(ana);

		this.mvc
			.perform(post("/security/password").cookie(here).with(csrf()).param("currentPassword", "wrong-password")
				.param("newPassword", "a-brand-new-password").param("confirmNewPassword", "a-brand-new-password"))
			.andExpect(content().string(containsString("The current password is not correct.")));
		this.mvc.perform(get("/dashboard").cookie(elsewhere)).andExpect(status().isOk());

		this.mvc
			.perform(post("/security/password").cookie(here).with(csrf()).param("currentPassword", Api.PASSWORD)
				.param("newPassword", "a-brand-new-password").param("confirmNewPassword", "a-brand-new-password"))
			.andExpect(redirectedUrl("/security"));

		this.mvc.perform(get("/dashboard").cookie(here)).andExpect(status().isOk());
		this.mvc.perform(get("/dashboard").cookie(elsewhere)).andExpect(redirectedUrl("/signin"));
	}

	@Test
	void signOutOtherSessionsKeepsOnlyThisOne() throws Exception {
		Person ana = this.api.signUp("ana");
		Cookie here = signIn(ana);
		Cookie elsewhere = signIn(ana);

		this.mvc.perform(post("/security/sessions/sign-out-others").cookie(here).with(csrf()))
			.andExpect(redirectedUrl("/security"));

		this.mvc.perform(get("/dashboard").cookie(here)).andExpect(status().isOk());
		this.mvc.perform(get("/dashboard").cookie(elsewhere)).andExpect(redirectedUrl("/signin"));
	}

	@Test
	void aTooLongOrBlankTokenNameIsRefusedNextToTheFieldAndNothingIsCreated() throws Exception {
		Person ana = this.api.signUp("ana");
		Cookie session = signIn(ana);
		String typed = "t".repeat(101);

		Document tooLong = Jsoup.parse(this.mvc.perform(post("/security/tokens").cookie(session).with(csrf()).param("name", typed))
			.andReturn().getResponse().getContentAsString());
		Document blank = Jsoup.parse(this.mvc.perform(post("/security/tokens").cookie(session).with(csrf()).param("name", "  "))
			.andReturn().getResponse().getContentAsString());

		assertThat(tooLong.select("#token-name-error").text()).isEqualTo("Use at most 100 characters.");
		assertThat(tooLong.select("#token-name").val()).isEqualTo(typed);
		assertThat(tooLong.select("#created-token")).isEmpty();
		assertThat(blank.select("#token-name-error").text()).isNotBlank();
		assertThat(blank.select("#token-list td").text()).doesNotContain(typed);
	}

	@Test
	void anApiTokenIsShownOnceListedAndRevocable() throws Exception {
		Person ana = this.api.signUp("ana");
		Cookie session = signIn(ana);

		String page = this.mvc.perform(post("/security/tokens").cookie(session).with(csrf()).param("name", "laptop <b>"))
			.andReturn().getResponse().getContentAsString();
		String token = page.replaceAll("(?s).*id=\"created-token-value\">([^<]+)<.*", "$1");
		assertThat(token).startsWith("acc_");
		assertThat(page).contains("laptop &lt;b&gt;");
		assertThat(this.api.get("/api/v1/me", token).status()).isEqualTo(200);

		String list = this.mvc.perform(get("/security").cookie(session)).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("laptop &lt;b&gt;").doesNotContain(token);
		// The row of this token (the account also has the token the test fixture created).
		String row = list.substring(list.indexOf("laptop &lt;b&gt;"));
		String id = row.replaceAll("(?s)^.*?/security/tokens/([0-9a-f-]{36})/revoke.*", "$1");
		this.mvc.perform(post("/security/tokens/{id}/revoke", id).cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/security"));
		assertThat(this.api.get("/api/v1/me", token).status()).isEqualTo(401);
	}

	private Cookie signIn(Person person) throws Exception {
		return this.mvc
			.perform(post("/signin").with(csrf()).param("email", person.email()).param("password", Api.PASSWORD))
			.andExpect(redirectedUrl("/dashboard"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
