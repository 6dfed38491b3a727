package dev.accord.business;

import java.util.Map;
import java.util.UUID;

import dev.accord.shared.Language;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Bundles;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Block and removal mails reach each member in their own language, fully translated. */
@AccordIntegrationTest
class MembershipMailLanguagesIntegrationTests {

	@Autowired
	Api api;

	@ParameterizedTest
	@EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
	void blockAndRemovalMailsSpeakTheMembersLanguage(Language language) throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		String email = Api.uniqueEmail("member");
		this.api.verifiedAccount(email, "Kim", "Lee", language);
		this.api.invite(ana, acme, email).succeeded();
		String token = Api.joinToken(this.api.awaitMail(email, 1));
		String userId = (String) this.api
			.post("/api/v1/invitations/" + token + "/accept", Map.of("password", Api.PASSWORD), null)
			.map()
			.get("userId");
		String member = "/api/v1/business-accounts/" + acme + "/members/" + userId;

		this.api.patch(member, Map.of("status", "BLOCKED"), ana.token()).succeeded();
		Map<String, Object> blocked = this.api.awaitMail(email, 2);
		this.api.delete(member, ana.token()).succeeded();
		Map<String, Object> removed = this.api.awaitMail(email, 3);

		for (Map<String, Object> mail : new Map[] { blocked, removed }) {
			String text = mail.get("subject") + "\n" + mail.get("text") + "\n" + mail.get("html");
			assertThat(text).doesNotContain("??").contains("ACME").contains("lang=\"" + language.tag() + "\"");
			for (String sentence : Bundles.englishSentences("mail", "mail.membership-", "mail.footer")) {
				assertThat(text).as("English left: " + sentence).doesNotContain(sentence);
			}
		}
	}

}
