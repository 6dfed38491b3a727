package dev.accord.account;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The time zone in Personal Profile: stored per person, checked on the server. */
@AccordIntegrationTest
class ProfileTimeZoneIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Test
	void aChosenTimeZoneIsStoredAndShownAsSelected() throws Exception {
		Person ana = this.api.signUp("ana");
		String before = profile(ana);
		assertThat(before).contains("data-browser-default=\"true\"").contains("<option value=\"UTC\" selected=\"selected\">");
		this.mvc.perform(post("/profile").with(user(Principals.of(ana))).with(csrf()).param("firstName", "ana")
			.param("lastName", "Tester").param("language", "en").param("timeZone", "Asia/Tokyo"));
		assertThat(profile(ana)).contains("<option value=\"Asia/Tokyo\" selected=\"selected\">")
			.doesNotContain("data-browser-default");
	}

	@Test
	void anUnknownTimeZoneIsRefusedNextToItsField() throws Exception {
		Person ana = this.api.signUp("ana");
		String html = this.mvc.perform(post("/profile").with(user(Principals.of(ana))).with(csrf())
			.param("firstName", "ana").param("lastName", "Tester").param("language", "en")
			.param("timeZone", "Mars/Olympus"))
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Choose one of the offered time zones.");
	}

	private String profile(Person person) throws Exception {
		return this.mvc.perform(get("/profile").with(user(Principals.of(person)))).andReturn().getResponse()
			.getContentAsString();
	}

}
