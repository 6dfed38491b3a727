package dev.accord.business;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.account.AccountService;
import dev.accord.shared.Language;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The member list keeps its own copy of each member's name: a changed name is found at once. */
@AccordIntegrationTest
class MemberNamesIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	AccountService people;

	@Autowired
	MembershipService memberships;

	@Test
	void aMemberWhoChangesTheirNameIsListedAndFoundByTheNewName() {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		UUID globex = this.api.createBusiness(ana, "Globex");

		this.people.changeProfile(ana.id(), "Anabel", "Quartz", Language.EN);

		for (UUID business : List.of(acme, globex)) {
			List<Map<String, Object>> found = this.api
				.get("/api/v1/business-accounts/" + business + "/members?q=quar", ana.token())
				.succeeded()
				.items();
			assertThat(found).singleElement()
				.satisfies((member) -> assertThat(member).containsEntry("firstName", "Anabel")
					.containsEntry("lastName", "Quartz"));
			assertThat(this.api.get("/api/v1/business-accounts/" + business + "/members?q=tester", ana.token())
				.items()).isEmpty();
			assertThat(this.memberships.administrators(business, ana.id())).singleElement()
				.satisfies((admin) -> assertThat(admin.name()).isEqualTo("Anabel Quartz"));
		}
	}

}
