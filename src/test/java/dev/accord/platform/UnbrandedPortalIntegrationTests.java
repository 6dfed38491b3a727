package dev.accord.platform;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Without brand settings pages and mails look as before: the name as text, Pico's blue, no support links. */
@AccordIntegrationTest
class UnbrandedPortalIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Test
	void pagesShowTheNameAsTextAndNothingElseOfTheBrand() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/signin").header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select("header a.brand strong").text()).isEqualTo("Accord My Account");
		assertThat(page.select("header img")).isEmpty();
		assertThat(page.select("link[rel=icon], link[href=/css/brand.css]")).isEmpty();
		assertThat(page.select("footer .support, #error-support")).isEmpty();
	}

	@Test
	void mailsHaveNoLogoAndPicosBlueButton() {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		String bob = Api.uniqueEmail("bob");
		this.api.post("/api/v1/business-accounts/" + acme + "/invitations",
				Map.of("language", "en", "emails", List.of(bob)), ana.token()).succeeded();

		Document html = Jsoup.parse((String) this.api.awaitMail(bob, 1).get("html"));

		assertThat(html.select("img")).isEmpty();
		assertThat(html.select("a[href*=/join/]").attr("style")).contains("background: #0172ad; color: #fff;");
	}

}
