package dev.accord.platform;

import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.ModelAndView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Error pages belong to the portal: the brand, the layout of a signed-in person, and a way back. */
@AccordIntegrationTest
class ErrorPagesIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	@Autowired
	ErrorPages errorPages;

	@Autowired
	ThymeleafViewResolver views;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void notFoundAndForbiddenPagesShowTheBrandTheUserMenuAndAWayBack() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		Person bob = this.api.inviteAndJoin(ana, acme, "bob");

		Document notFound = page(ana, "/business/" + UUID.randomUUID() + "/profile", 404);
		Document forbidden = page(bob, "/business/" + acme + "/users", 403);

		for (Document page : new Document[] { notFound, forbidden }) {
			assertThat(page.title()).endsWith("Accord My Account").doesNotContain("null");
			assertThat(page.select("#user-menu summary").text()).isNotBlank();
			assertThat(page.select("#account-switcher")).isNotEmpty();
			assertThat(page.select("main a[href=/]")).isNotEmpty();
			assertThat(page.text()).doesNotContain("null");
		}
		assertThat(forbidden.select("#account-switcher .switch-business").text()).contains("ACME");
	}

	@Test
	void aVisitorsNotFoundPageShowsTheBrand() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/business/" + UUID.randomUUID() + "/profile/nothing"))
			.andReturn().getResponse().getContentAsString());

		assertThat(page.title()).doesNotContain("null");
	}

	@Test
	void theServerErrorPageKeepsTheLayoutOfTheSignedInPerson() throws Exception {
		Person ana = this.api.signUp("ana");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(Principals.of(ana),
					null, java.util.List.of()));

		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/dashboard");
		ModelAndView view = this.errorPages.page(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal", null, request);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.views.resolveViewName(view.getViewName(), java.util.Locale.ENGLISH).render(view.getModel(), request, response);
		Document page = Jsoup.parse(response.getContentAsString());

		assertThat(view.getViewName()).isEqualTo("error/500");
		assertThat(page.title()).endsWith("Accord My Account").doesNotContain("null");
		assertThat(page.select("#user-menu small").text()).isEqualTo(ana.email());
		assertThat(page.select("main a[href=/]")).isNotEmpty();
	}

	private Document page(Person who, String path, int status) throws Exception {
		var response = this.mvc.perform(get(path).with(user(Principals.of(who)))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(status);
		return Jsoup.parse(response.getContentAsString());
	}

}
