package dev.accord.account;

import java.util.Base64;
import java.util.List;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Only a valid bearer token lets an API request with a session cookie skip the CSRF check. */
@AccordIntegrationTest
class CsrfExemptionIntegrationTests {

	private static final String COMPANY = """
			{"companyName": "Forged Ltd", "country": "DE", "postcode": "10115", "phone": "+49 30 123456"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Test
	void aSessionCookieWithBasicAuthorizationAndNoCsrfTokenChangesNothing() throws Exception {
		Person ana = this.api.signUp("ana");
		String basic = "Basic " + Base64.getEncoder().encodeToString((ana.email() + ":" + Api.PASSWORD).getBytes());

		this.mvc.perform(createBusiness().cookie(signIn(ana)).header("Authorization", basic))
			.andExpect(status().isForbidden());

		assertThat(memberships(ana)).isEmpty();
	}

	@Test
	void aSessionCookieWithAnInvalidBearerTokenAndNoCsrfTokenChangesNothing() throws Exception {
		Person ana = this.api.signUp("ana");

		int status = this.mvc.perform(createBusiness().cookie(signIn(ana)).header("Authorization", "Bearer acc_forged"))
			.andReturn().getResponse().getStatus();

		assertThat(status).isIn(401, 403);
		assertThat(memberships(ana)).isEmpty();
	}

	@Test
	void aSessionCookieAloneNeedsTheCsrfToken() throws Exception {
		Person ana = this.api.signUp("ana");
		Cookie session = signIn(ana);

		this.mvc.perform(createBusiness().cookie(session)).andExpect(status().isForbidden());
		assertThat(memberships(ana)).isEmpty();

		this.mvc.perform(createBusiness().cookie(session).with(csrf())).andExpect(status().isCreated());
		assertThat(memberships(ana)).hasSize(1);
	}

	@Test
	void aValidBearerTokenSkipsCsrfAndActsForItsOwnerWhateverSessionTheCookieNames() throws Exception {
		Person ana = this.api.signUp("ana");
		Person bob = this.api.signUp("bob");
		Cookie bobsSession = signIn(bob);

		this.mvc.perform(get("/api/v1/me").cookie(bobsSession).header("Authorization", "Bearer " + ana.token()))
			.andExpect(jsonPath("$.email").value(ana.email()));
		this.mvc.perform(createBusiness().cookie(bobsSession).header("Authorization", "Bearer " + ana.token()))
			.andExpect(status().isCreated());

		assertThat(memberships(ana)).hasSize(1);
		assertThat(memberships(bob)).isEmpty();
	}

	private static MockHttpServletRequestBuilder createBusiness() {
		return post("/api/v1/business-accounts").contentType(MediaType.APPLICATION_JSON).content(COMPANY);
	}

	@SuppressWarnings("unchecked")
	private List<Object> memberships(Person person) {
		return (List<Object>) this.api.get("/api/v1/me", person.token()).map().get("memberships");
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
