package dev.accord.invitation;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import dev.accord.shared.Language;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Bundles;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static dev.accord.invitation.Invites.invite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Each language renders the invitation email, the Join page and its error page with every key
 * present and no English sentence left in them.
 */
@AccordIntegrationTest
class InvitationLanguagesIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	Person ana;

	UUID acme;

	@BeforeEach
	void anAccountWithAnAdministrator() {
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
	}

	@ParameterizedTest
	@EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
	void theInvitationEmailJoinPageAndErrorPageAreFullyTranslated(Language language) throws Exception {
		String bob = Api.uniqueEmail("bob");
		invite(bob).in(language).sentBy(this.api, this.ana, this.acme).succeeded();
		Map<String, Object> mail = this.api.awaitMail(bob, 1);
		String token = Api.joinToken(mail);

		String email = mail.get("subject") + "\n" + mail.get("text") + "\n" + mail.get("html");
		assertTranslated(email, "mail", "mail.invitation.", "mail.footer");
		assertThat((String) mail.get("html")).contains("lang=\"" + language.tag() + "\"");

		String page = this.mvc.perform(get("/join/{token}", token).header("Accept-Language", "en"))
			.andReturn().getResponse().getContentAsString();
		assertTranslated(page, "messages", "join.", "field.", "brand.", "footer.");
		assertThat(page).contains("<html lang=\"" + language.tag() + "\"");

		String id = this.api.get("/api/v1/business-accounts/" + this.acme + "/invitations", this.ana.token()).items()
			.get(0).get("id").toString();
		this.api.delete("/api/v1/business-accounts/" + this.acme + "/invitations/" + id, this.ana.token()).succeeded();
		String gone = this.mvc.perform(get("/join/{token}", token).header("Accept-Language", "en"))
			.andReturn().getResponse().getContentAsString();
		assertTranslated(gone, "messages", "join.gone.", "error.home");
		assertThat(gone).contains("<html lang=\"" + language.tag() + "\"");
	}

	private static void assertTranslated(String rendered, String bundle, String... keyPrefixes) throws IOException {
		assertThat(rendered).doesNotContain("??");
		for (String sentence : Bundles.englishSentences(bundle, keyPrefixes)) {
			assertThat(rendered).as("English left: " + sentence).doesNotContain(sentence);
		}
	}

}
