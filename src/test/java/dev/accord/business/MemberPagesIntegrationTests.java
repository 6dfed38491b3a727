package dev.accord.business;

import java.util.Map;
import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.business.BusinessFixtures.TestBusiness;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static dev.accord.business.BusinessFixtures.aBusiness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The membership dialog, and what members see when their membership changes. */
@AccordIntegrationTest
class MemberPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	Person ana;

	UUID acme;

	Person bob;

	TestBusiness business;

	@BeforeEach
	void anAccountWithAnAdministratorAndAMember() {
		this.business = aBusiness(this.api).named("ACME").withMember("bob").build();
		this.ana = this.business.admin();
		this.acme = this.business.id();
		this.bob = this.business.member("bob");
	}

	@Test
	void afterAnHtmxSaveTheDialogStaysOpenAndSaysWhatWasDone() throws Exception {
		this.mvc.perform(post("/business/{id}/users/{uid}", this.acme, this.bob.id())
			.with(user(Principals.of(this.ana))).with(csrf()).header("HX-Request", "true")
			.param("role", "ACCOUNT_ADMINISTRATOR").param("notes", "Sales"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("HX-Redirect"))
			.andExpect(content().string(containsString("id=\"member-dialog\"")))
			.andExpect(content().string(containsString("data-refresh=\"#members\"")))
			.andExpect(content().string(containsString("Saved the membership of bob Member.")));
		assertThat(this.business.roleOf(this.bob)).isEqualTo("ACCOUNT_ADMINISTRATOR");
	}

	@Test
	void withoutJavaScriptASaveReturnsToTheUsersPageWhichSaysWhatWasDone() throws Exception {
		var saved = this.mvc.perform(post("/business/{id}/users/{uid}", this.acme, this.bob.id())
			.with(user(Principals.of(this.ana))).with(csrf())
			.param("role", "REGULAR_MEMBER").param("notes", "Sales"))
			.andExpect(redirectedUrl("/business/" + this.acme + "/users"))
			.andExpect(flash().attribute("memberDone", "membership.saved"))
			.andReturn();

		this.mvc.perform(get("/business/{id}/users", this.acme).with(user(Principals.of(this.ana)))
			.cookie(saved.getResponse().getCookies()))
			.andExpect(content().string(containsString("Saved the membership of bob Member.")));
	}

	@Test
	void theDialogShowsTheMembershipAndSavingChangesRoleAndNotes() throws Exception {
		this.mvc.perform(get("/business/{id}/users/{uid}", this.acme, this.bob.id()).with(user(Principals.of(this.ana)))
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"member-dialog\"")))
			.andExpect(content().string(containsString(this.bob.email())))
			.andExpect(content().string(containsString("Remove from account")))
			.andExpect(content().string(containsString("Block")));

		this.mvc.perform(post("/business/{id}/users/{uid}", this.acme, this.bob.id()).with(user(Principals.of(this.ana)))
			.with(csrf()).header("HX-Request", "true").param("role", "ACCOUNT_ADMINISTRATOR").param("notes", "<b>IT</b>"))
			.andExpect(content().string(containsString("id=\"member-done\"")));

		this.mvc.perform(get("/business/{id}/users", this.acme).with(user(Principals.of(this.ana))))
			.andExpect(content().string(containsString("Account Administrator")));
		this.mvc.perform(get("/business/{id}/users/{uid}", this.acme, this.bob.id()).with(user(Principals.of(this.ana))))
			.andExpect(content().string(containsString("&lt;b&gt;IT&lt;/b&gt;")));
	}

	@Test
	void notesOver2000CharactersAreRefusedNextToTheField() throws Exception {
		this.mvc.perform(post("/business/{id}/users/{uid}", this.acme, this.bob.id()).with(user(Principals.of(this.ana)))
			.with(csrf()).header("HX-Request", "true").param("role", "ACCOUNT_ADMINISTRATOR").param("notes", "n".repeat(2001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"notes-error\"")))
			.andExpect(content().string(containsString("Notes can hold at most 2,000 characters.")));

		assertThat(this.api.get("/api/v1/business-accounts/" + this.acme + "/members/" + this.bob.id(), this.ana.token())
			.map()).containsEntry("role", "REGULAR_MEMBER");
	}

	@Test
	void aRoleThatIsNoOptionIsRefusedNextToTheFieldAndNothingChanges() throws Exception {
		for (String role : new String[] { "KING", "regular_member", "" }) {
			this.mvc.perform(post("/business/{id}/users/{uid}", this.acme, this.bob.id())
				.with(user(Principals.of(this.ana))).with(csrf()).header("HX-Request", "true").param("role", role)
				.param("notes", "changed"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("aria-invalid=\"true\"")))
				.andExpect(content().string(containsString("Choose one of the options.")));
		}
		this.mvc.perform(post("/business/{id}/users/{uid}", this.acme, this.bob.id())
			.with(user(Principals.of(this.ana))).with(csrf()).header("HX-Request", "true").param("notes", "changed"))
			.andExpect(content().string(containsString("Choose one of the options.")));

		assertThat(this.business.statusOf(this.bob)).isEqualTo("ACTIVE");
		assertThat(this.api.get(this.business.memberPath(this.bob), this.ana.token()).map())
			.containsEntry("role", "REGULAR_MEMBER").doesNotContainKey("notes");
	}

	@Test
	void demotingYourselfAsLastAdministratorIsRefusedInTheDialog() throws Exception {
		this.mvc.perform(post("/business/{id}/users/{uid}", this.acme, this.ana.id()).with(user(Principals.of(this.ana)))
			.with(csrf()).header("HX-Request", "true").param("role", "REGULAR_MEMBER").param("notes", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"member-error\"")))
			.andExpect(content().string(containsString("Promote someone to Account Administrator first.")));
	}

	@Test
	void blockUnblockAndRemoveWithConfirmation() throws Exception {
		this.mvc.perform(post("/business/{id}/users/{uid}/block", this.acme, this.bob.id())
			.with(user(Principals.of(this.ana))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirm-dialog\"")));
		assertThat(this.business.statusOf(this.bob)).isEqualTo("ACTIVE");
		this.mvc.perform(post("/business/{id}/users/{uid}/block", this.acme, this.bob.id())
			.with(user(Principals.of(this.ana))).with(csrf()).param("confirmed", "true"))
			.andExpect(redirectedUrl("/business/" + this.acme + "/users"));
		assertThat(this.business.statusOf(this.bob)).isEqualTo("BLOCKED");
		this.mvc.perform(post("/business/{id}/users/{uid}/unblock", this.acme, this.bob.id())
			.with(user(Principals.of(this.ana))).with(csrf())).andExpect(status().is(lessThan(400)));
		assertThat(this.business.statusOf(this.bob)).isEqualTo("ACTIVE");

		this.mvc.perform(get("/business/{id}/users/{uid}/remove", this.acme, this.bob.id())
			.with(user(Principals.of(this.ana))))
			.andExpect(content().string(containsString("id=\"confirm-what\"")))
			.andExpect(content().string(containsString("id=\"confirm-submit\"")));
		assertThat(this.business.statusOf(this.bob)).isEqualTo("ACTIVE");
		this.mvc.perform(post("/business/{id}/users/{uid}/remove", this.acme, this.bob.id())
			.with(user(Principals.of(this.ana))).with(csrf()).param("confirmed", "true"))
			.andExpect(redirectedUrl("/business/" + this.acme + "/users"));
		assertThat(this.api.get("/api/v1/business-accounts/" + this.acme + "/members/" + this.bob.id(), this.ana.token())
			.status()).isEqualTo(404);
	}

	@Test
	void aBlockedMembersSignedInSessionGetsNoBusinessDataOnTheNextRequest() throws Exception {
		Cookie session = this.mvc.perform(post("/signin").with(csrf()).param("email", this.bob.email())
			.param("password", Api.PASSWORD)).andReturn().getResponse().getCookie("SESSION");
		this.mvc.perform(get("/business/{id}/profile", this.acme).cookie(session)).andExpect(status().isOk());

		this.business.change(this.bob, Map.of("status", "BLOCKED")).succeeded();

		this.mvc.perform(get("/business/{id}/profile", this.acme).cookie(session))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("ACME"))));
		this.mvc.perform(get("/business/{id}/dashboard", this.acme).cookie(session)).andExpect(status().isNotFound());
	}

	@Test
	void aMemberWhoseRoleChangedSeesANoticeOnceOnTheirNextPage() throws Exception {
		this.business.change(this.bob, Map.of("role", "ACCOUNT_ADMINISTRATOR")).succeeded();

		this.mvc.perform(get("/dashboard").with(user(Principals.of(this.bob))))
			.andExpect(content().string(containsString("Your role in ACME is now: Account Administrator.")));
		this.mvc.perform(get("/dashboard").with(user(Principals.of(this.bob))))
			.andExpect(content().string(not(containsString("Your role in ACME is now"))));
		this.mvc.perform(get("/business/{id}/users", this.acme).with(user(Principals.of(this.bob))))
			.andExpect(status().isOk());
	}

	@Test
	void blockAndRemovalMailsAreInTheMembersLanguage() throws Exception {
		this.mvc.perform(post("/profile").with(user(Principals.of(this.bob))).with(csrf()).param("firstName", "Bob")
			.param("lastName", "Lee").param("language", "de")).andExpect(status().is(lessThan(400)));

		this.business.change(this.bob, Map.of("status", "BLOCKED")).succeeded();

		Map<String, Object> mail = this.api.awaitMail(this.bob.email(), 2);
		assertThat((String) mail.get("subject")).contains("ACME").doesNotContain("Your access");
		assertThat((String) mail.get("html")).contains("lang=\"de\"").contains("Hallo Bob Lee");
	}

}
