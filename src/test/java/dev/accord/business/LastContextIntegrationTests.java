package dev.accord.business;

import java.util.Map;
import java.util.UUID;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signing in lands in the context the person used last (remembered in the database), else in the
 * first business account they actively belong to, else on the personal Dashboard; a page they were
 * on their way to comes first.
 */
@AccordIntegrationTest
class LastContextIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	@Test
	void aPersonWithoutBusinessAccountsLandsOnThePersonalDashboard() throws Exception {
		Person ana = this.api.signUp("ana");

		assertThat(signIn(ana).getResponse().getRedirectedUrl()).isEqualTo("/dashboard");
	}

	@Test
	void someoneWhoNeverChoseAContextLandsInTheFirstOfTheirBusinessAccounts() throws Exception {
		Person ana = this.api.signUp("ana");
		this.api.createBusiness(ana, "Zeta Works");
		UUID alpha = this.api.createBusiness(ana, "Alpha Labs");

		assertThat(signIn(ana).getResponse().getRedirectedUrl()).isEqualTo("/business/" + alpha + "/dashboard");
	}

	@Test
	void signingInLandsInTheContextUsedLastOnAnyDevice() throws Exception {
		Person ana = this.api.signUp("ana");
		this.api.createBusiness(ana, "Alpha Labs");
		UUID zeta = this.api.createBusiness(ana, "Zeta Works");

		Cookie laptop = session(signIn(ana));
		this.mvc.perform(get("/business/{id}/dashboard", zeta).cookie(laptop));
		assertThat(signIn(ana).getResponse().getRedirectedUrl()).as("another browser")
			.isEqualTo("/business/" + zeta + "/dashboard");

		this.mvc.perform(get("/dashboard").cookie(laptop));
		assertThat(signIn(ana).getResponse().getRedirectedUrl()).as("after choosing the personal account")
			.isEqualTo("/dashboard");
	}

	@Test
	void aBusinessAccountThePersonNoLongerActivelyBelongsToIsNotLandedIn() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		Person bob = this.api.inviteAndJoin(ana, acme, "bob");
		this.mvc.perform(get("/business/{id}/dashboard", acme).cookie(session(signIn(bob))));
		assertThat(signIn(bob).getResponse().getRedirectedUrl()).isEqualTo("/business/" + acme + "/dashboard");

		this.api.patch("/api/v1/business-accounts/" + acme + "/members/" + bob.id(), Map.of("status", "BLOCKED"),
				ana.token()).succeeded();

		assertThat(signIn(bob).getResponse().getRedirectedUrl()).isEqualTo("/dashboard");
	}

	@Test
	void aPageThePersonWasOnTheirWayToComesFirst() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		Cookie visitor = this.mvc.perform(get("/business/{id}/profile", acme)).andReturn().getResponse().getCookie("SESSION");

		MvcResult signedIn = this.mvc.perform(post("/signin").cookie(visitor).with(csrf())
			.param("email", ana.email()).param("password", Api.PASSWORD)).andReturn();

		assertThat(signedIn.getResponse().getRedirectedUrl()).contains("/business/" + acme + "/profile");
	}

	private MvcResult signIn(Person person) throws Exception {
		return this.mvc
			.perform(post("/signin").with(csrf()).param("email", person.email()).param("password", Api.PASSWORD))
			.andReturn();
	}

	private static Cookie session(MvcResult signedIn) {
		return signedIn.getResponse().getCookie("SESSION");
	}

}
