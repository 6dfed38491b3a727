package dev.accord.business;

import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AccordIntegrationTest
class BusinessPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Autowired
	BusinessAccountService businesses;

	@Test
	void createBusinessAccountLandsOnItsDashboardAsAccountAdministrator() throws Exception {
		Person ana = this.api.signUp("ana");

		var result = this.mvc
			.perform(post("/business/new").with(user(Principals.of(ana))).with(csrf())
				.param("companyName", "ACME").param("country", "DE").param("postcode", "10115")
				.param("phone", "+49 30 1234567"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/business/*/dashboard"))
			.andReturn();

		this.mvc.perform(get(result.getResponse().getRedirectedUrl()).with(user(Principals.of(ana))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Account Administrator")))
			.andExpect(content().string(containsString("nav-business-profile")));
	}

	@Test
	void invalidCompanyInformationShowsErrorsNextToTheFieldsAndSavesNothing() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID id = this.api.createBusiness(ana, "ACME");

		this.mvc
			.perform(post("/business/{id}/profile/edit", id).with(user(Principals.of(ana))).with(csrf())
				.param("companyName", "").param("country", "ZZ").param("postcode", "10115").param("phone", "+49 30 1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"companyName-error\"")))
			.andExpect(content().string(containsString("Fill in this field.")))
			.andExpect(content().string(containsString("Choose a country from the list.")));

		assertThat(this.businesses.get(id, ana.id()).companyName()).isEqualTo("ACME");
	}

	@Test
	void afterAnHtmxSaveTheProfileSaysItIsSaved() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID id = this.api.createBusiness(ana, "ACME");

		var saved = this.mvc
			.perform(post("/business/{id}/profile/edit", id).with(user(Principals.of(ana))).with(csrf())
				.header("HX-Request", "true").param("companyName", "ACME Austria")
				.param("country", "at").param("postcode", "1010").param("phone", "+43 1 234567"))
			.andExpect(flash().attribute("saved", true))
			.andReturn();

		this.mvc
			.perform(get("/business/{id}/profile", id).with(user(Principals.of(ana)))
				.cookie(saved.getResponse().getCookies()))
			.andExpect(content().string(containsString("id=\"company-saved\"")));
	}

	@Test
	void theEditDialogIsAnHtmxFragmentAndSavingRedirects() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID id = this.api.createBusiness(ana, "ACME");

		this.mvc.perform(get("/business/{id}/profile/edit", id).with(user(Principals.of(ana))).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Edit Company Information")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc
			.perform(post("/business/{id}/profile/edit", id).with(user(Principals.of(ana))).with(csrf())
				.header("HX-Request", "true").param("companyName", "ACME <script>alert(1)</script>")
				.param("country", "at").param("postcode", "1010").param("phone", "+43 1 234567"))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getHeader("HX-Redirect"))
				.isEqualTo("/business/" + id + "/profile"));

		this.mvc.perform(get("/business/{id}/profile", id).with(user(Principals.of(ana))))
			.andExpect(content().string(containsString("ACME &lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("Austria")));
	}

	@Test
	void aRegularMemberSeesTheProfileButCannotEditIt() throws Exception {
		Person ana = this.api.signUp("ana");
		Person bob = this.api.signUp("bob");
		UUID id = this.api.createBusiness(ana, "ACME");
		addRegularMember(id, bob);

		this.mvc.perform(get("/business/{id}/profile", id).with(user(Principals.of(bob))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Regular Member")))
			.andExpect(content().string(not(containsString("id=\"edit-company\""))));
		this.mvc.perform(get("/business/{id}/profile/edit", id).with(user(Principals.of(bob))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/business/{id}/profile/edit", id).with(user(Principals.of(bob))).with(csrf())
				.param("companyName", "Taken").param("country", "DE").param("postcode", "1").param("phone", "+49 30 1"))
			.andExpect(status().isForbidden());
		assertThat(this.businesses.get(id, ana.id()).companyName()).isEqualTo("ACME");
	}

	@Test
	void anOutsiderGetsNotFoundPagesForAnotherBusinessAccount() throws Exception {
		Person ana = this.api.signUp("ana");
		Person eve = this.api.signUp("eve");
		UUID id = this.api.createBusiness(ana, "ACME");

		for (String page : new String[] { "/business/{id}/dashboard", "/business/{id}/profile",
				"/business/{id}/profile/edit" }) {
			this.mvc.perform(get(page, id).with(user(Principals.of(eve))))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("ACME"))));
		}
		this.mvc.perform(post("/business/{id}/leave", id).with(user(Principals.of(eve))).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aForgedCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID id = this.api.createBusiness(ana, "ACME");

		this.mvc
			.perform(post("/business/{id}/profile/edit", id).with(user(Principals.of(ana))).with(csrf().useInvalidToken())
				.param("companyName", "Forged").param("country", "DE").param("postcode", "1").param("phone", "+49 30 1"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/business/{id}/profile/edit", id).with(user(Principals.of(ana)))
				.param("companyName", "Forged").param("country", "DE").param("postcode", "1").param("phone", "+49 30 1"))
			.andExpect(status().isForbidden());

		assertThat(this.businesses.get(id, ana.id()).companyName()).isEqualTo("ACME");
	}

	@Test
	void theLastAdministratorLeavingIsToldToPromoteSomeoneFirst() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID id = this.api.createBusiness(ana, "ACME");

		var left = this.mvc
			.perform(post("/business/{id}/leave", id).with(user(Principals.of(ana))).with(csrf()).param("confirmed", "true"))
			.andExpect(redirectedUrl("/business/" + id + "/profile"))
			.andExpect(flash().attribute("leaveError", "business.lastAdministrator"))
			.andReturn();
		this.mvc
			.perform(get("/business/{id}/profile", id).with(user(Principals.of(ana)))
				.cookie(left.getResponse().getCookies()))
			.andExpect(content().string(containsString("Promote someone to Account Administrator first.")));
		assertThat(this.businesses.get(id, ana.id()).companyName()).isEqualTo("ACME");
	}

	@Test
	void pagesNeedASignedInPerson() throws Exception {
		this.mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/signin"));
	}

	@Autowired
	Memberships memberships;

	@Autowired
	dev.accord.account.AccountService people;

	private void addRegularMember(UUID id, Person person) {
		this.memberships.add(id, this.people.get(person.id()), Role.REGULAR_MEMBER, java.time.Instant.now());
	}

}
