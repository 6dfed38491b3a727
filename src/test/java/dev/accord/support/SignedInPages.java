package dev.accord.support;

import java.net.URI;

import dev.accord.account.Principals;
import dev.accord.support.Api.Person;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Pages read through MockMvc as one signed-in person, parsed with jsoup; links are followed as the page wrote them. */
public record SignedInPages(MockMvc mvc, Person person) {

	/** The page at {@code path}, which must answer 200. A URI, not a template: links come encoded already. */
	public Document page(String path) throws Exception {
		var response = this.mvc.perform(get(URI.create(path)).with(user(Principals.of(this.person))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	/** Follows the link {@code link} (a CSS selector) of {@code page}. */
	public Document follow(Document page, String link) throws Exception {
		String href = page.select(link).attr("href");
		assertThat(href).as(link).isNotBlank();
		return page(href);
	}

}
