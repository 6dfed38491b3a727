package dev.accord.audit;

import java.util.Map;
import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Activity page: readable entries, filters with errors next to their fields, and the CSV export. */
@AccordIntegrationTest
class ActivityPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	Person ana;

	Person bob;

	UUID acme;

	@BeforeEach
	void anAdministratorWhoPromotedAMember() {
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
		this.bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		this.api.patch("/api/v1/business-accounts/" + this.acme + "/members/" + this.bob.id(),
				Map.of("role", "ACCOUNT_ADMINISTRATOR", "notes", "<script>alert(1)</script>"), this.ana.token()).succeeded();
	}

	@Test
	void theAdministratorReadsEachEntryAsASentenceWithItsChangesAndEscapedValues() throws Exception {
		this.mvc.perform(get("/business/{id}/activity", this.acme).with(user(Principals.of(this.ana))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ana Tester changed bob Member&#39;s role from Regular Member to Account Administrator")))
			.andExpect(content().string(containsString("ana Tester changed the notes on bob Member")))
			.andExpect(content().string(containsString("bob Member joined the business account as Regular Member")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void aMalformedFilterIsExplainedNextToItsFieldAndListsNothing() throws Exception {
		this.mvc.perform(get("/business/{id}/activity", this.acme).param("from", "2026-12-02")
			.param("to", "2026-12-01")
			.with(user(Principals.of(this.ana))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The end date must not be before the start date.")))
			.andExpect(content().string(not(containsString("activity-sentence"))));
		this.mvc.perform(get("/business/{id}/activity", this.acme).param("from", "yesterday")
			.with(user(Principals.of(this.ana))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a valid date.")));
	}

	@Test
	void filteringByAnUnknownEmailFindsNothingAndSaysNothingMore() throws Exception {
		this.mvc.perform(get("/business/{id}/activity", this.acme).param("person", "nobody@example.com")
			.with(user(Principals.of(this.ana))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No entries match these filters.")));
		this.mvc.perform(get("/business/{id}/activity", this.acme).param("person", this.bob.email())
			.param("action", "MEMBER_ROLE_CHANGED")
			.with(user(Principals.of(this.ana))))
			.andExpect(content().string(containsString("changed bob Member&#39;s role")))
			.andExpect(content().string(not(containsString("joined the business account"))));
	}

	@Test
	void theExportHoldsTheFilteredEntriesInTheViewersLanguage() throws Exception {
		this.mvc.perform(get("/business/{id}/activity.csv", this.acme).param("action", "MEMBER_ROLE_CHANGED")
			.with(user(Principals.of(this.ana))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("activity.csv")))
			.andExpect(content().string(containsString("MEMBER_ROLE_CHANGED")))
			.andExpect(content().string(containsString("ana Tester changed bob Member's role")))
			.andExpect(content().string(not(containsString("MEMBER_JOINED"))));
	}

}
