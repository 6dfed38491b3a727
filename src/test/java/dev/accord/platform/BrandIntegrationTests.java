package dev.accord.platform;

import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.BrandedPortal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A vendor's brand on the pages: the logo in the header, its favicon, its colour through a
 * stylesheet the Content-Security-Policy allows, and where to get help in the footer and on error
 * pages.
 */
@BrandedPortal
class BrandIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Test
	void theHeaderShowsTheLogoWithTheBrandNameAsAltText() throws Exception {
		Document page = page("/signin");

		assertThat(page.select("header a.brand img.brand-logo").attr("src")).isEqualTo("/img/acme-logo.png");
		assertThat(page.select("header a.brand img.brand-logo").attr("alt")).isEqualTo("ACME Tools");
		assertThat(page.title()).endsWith("ACME Tools My Account");
	}

	@Test
	void thePageLinksTheFaviconAndTheBrandStylesheet() throws Exception {
		Document page = page("/signin");

		assertThat(page.select("head link[rel=icon]").attr("href")).isEqualTo("https://cdn.acme.example/favicon.ico");
		assertThat(page.select("head link[rel=stylesheet][href=/css/brand.css]")).hasSize(1);
	}

	@Test
	void theBrandStylesheetSetsPicosPrimaryColourInTheLightAndTheDarkScheme() throws Exception {
		MockHttpServletResponse css = this.mvc.perform(get("/css/brand.css")).andReturn().getResponse();

		assertThat(css.getStatus()).isEqualTo(200);
		assertThat(css.getContentType()).startsWith("text/css");
		assertThat(css.getContentAsString()).contains("--pico-primary: #c0392b;", "--pico-primary-background: #c0392b;",
				"--pico-primary-hover-background:", "--pico-primary-inverse: #fff;", "prefers-color-scheme: dark",
				"[data-theme=dark]");
		String etag = css.getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(this.mvc.perform(get("/css/brand.css").header("If-None-Match", etag))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(304);
	}

	@Test
	void theContentSecurityPolicyAllowsTheBrandImagesButNoInlineScript() throws Exception {
		String policy = this.mvc.perform(get("/signin")).andReturn().getResponse().getHeader("Content-Security-Policy");

		assertThat(policy).contains("img-src 'self' data: https://cdn.acme.example;").contains("default-src 'self'");
	}

	@Test
	void theFooterLinksSupport() throws Exception {
		Document page = page("/signin");

		assertThat(page.select("footer a.support-url").attr("href")).isEqualTo("https://help.acme.example/portal");
		assertThat(page.select("footer a.support-url").text()).isEqualTo("Support");
		assertThat(page.select("footer a.support-email").attr("href")).isEqualTo("mailto:help@acme.example");
	}

	@Test
	void anErrorPageSaysWhereToGetHelp() throws Exception {
		Person ana = this.api.signUp("ana");
		MockHttpServletResponse response = this.mvc
			.perform(get("/business/" + UUID.randomUUID() + "/profile").with(user(Principals.of(ana)))
				.header("Accept-Language", "en"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		Document page = Jsoup.parse(response.getContentAsString());

		assertThat(page.select("#error-support").text()).startsWith("If the problem continues, contact support:");
		assertThat(page.select("#error-support a.support-url").attr("href")).isEqualTo("https://help.acme.example/portal");
		assertThat(page.select("#error-support a.support-email").text()).isEqualTo("help@acme.example");
		assertThat(page.select("header img.brand-logo").attr("alt")).isEqualTo("ACME Tools");
	}

	@Test
	void theSupportTextIsTranslated() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/signin").header("Accept-Language", "de"))
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select("footer a.support-url").text()).isEqualTo("Hilfe");
	}

	private Document page(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).header("Accept-Language", "en"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
