package dev.accord.invitation;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import org.junit.jupiter.api.BeforeEach;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Business Account Users and the Invite Users dialog, as an administrator uses them. */
@AccordIntegrationTest
class UsersPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	Person ana;

	UUID acme;

	@BeforeEach
	void anAccountWithAnAdministrator() {
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
	}

	@Test
	void theUsersPageListsMembersAndPendingInvitations() throws Exception {
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		String carol = Api.uniqueEmail("carol");
		this.api.invite(this.ana, this.acme, carol).succeeded();

		this.mvc.perform(get("/business/{id}/users", this.acme).with(user(Principals.of(this.ana))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Business Account Users")))
			.andExpect(content().string(containsString(bob.email())))
			.andExpect(content().string(containsString(this.ana.email())))
			.andExpect(content().string(containsString("Pending invitations")))
			.andExpect(content().string(containsString(carol)))
			.andExpect(content().string(containsString("Invite Users")));
		this.mvc
			.perform(get("/business/{id}/users", this.acme).param("q", "BOB").with(user(Principals.of(this.ana))))
			.andExpect(content().string(containsString(bob.email())))
			.andExpect(content().string(not(containsString("<td class=\"member-email\">" + this.ana.email()))));
	}

	@Test
	void eachAddressIsCheckedWhenAdded() throws Exception {
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		String carol = Api.uniqueEmail("carol");

		this.mvc.perform(dialog().param("action", "add").param("email", "not-an-email"))
			.andExpect(content().string(containsString("Enter a valid email address")));
		this.mvc.perform(dialog().param("action", "add").param("email", bob.email()))
			.andExpect(content().string(containsString("Already a member")));
		this.mvc.perform(dialog().param("action", "add").param("email", carol.toUpperCase()).param("emails", carol))
			.andExpect(content().string(containsString("This address is in the list already.")));
		this.mvc.perform(dialog().param("action", "add").param("email", " " + carol + " "))
			.andExpect(content().string(containsString("name=\"emails\" value=\"" + carol + "\"")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(dialog().param("remove", carol).param("emails", carol))
			.andExpect(content().string(not(containsString("name=\"emails\" value=\"" + carol + "\""))));
	}

	@Test
	void aCsvFileAddsItsAddressesAndReportsBadRowsByLine() throws Exception {
		String one = Api.uniqueEmail("one");
		String two = Api.uniqueEmail("two");
		MockMultipartFile csv = new MockMultipartFile("file", "people.csv", "text/csv",
				("email\n" + one + "\nnot an email\n\n\"" + two + "\",Two\n").getBytes(StandardCharsets.UTF_8));

		this.mvc
			.perform(multipart("/business/{id}/users/invite", this.acme).file(csv).param("action", "upload")
				.param("language", "en").with(user(Principals.of(this.ana))).with(csrf()).header("HX-Request", "true"))
			.andExpect(content().string(containsString("name=\"emails\" value=\"" + one + "\"")))
			.andExpect(content().string(containsString("name=\"emails\" value=\"" + two + "\"")))
			.andExpect(content().string(containsString("Line 3: &quot;not an email&quot; is not a valid email address.")));
	}

	@Test
	void sendInvitationsShowsAResultPerAddress() throws Exception {
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		String carol = Api.uniqueEmail("carol");
		String dave = Api.uniqueEmail("dave");
		this.api.invite(this.ana, this.acme, dave).succeeded();

		String page = this.mvc
			.perform(dialog("fr").param("action", "send").param("expiresInDays", "3")
				.param("emails", carol, dave, bob.email(), "broken@"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("id=\"invite-results\"").contains(carol, "Invited").contains(dave, "Re-sent")
			.contains("Already a member").contains("Invalid email address");
		assertThat((String) this.api.awaitMail(carol, 1).get("subject")).contains("ACME").doesNotContain("invited you");
	}

	@Test
	void anAddressStillInTheEmailFieldIsSentTooAndTheResultsSaySo() throws Exception {
		String carol = Api.uniqueEmail("carol");
		String dave = Api.uniqueEmail("dave");

		Document page = Jsoup.parse(this.mvc
			.perform(dialog().param("action", "send").param("emails", carol, "broken@").param("email", " " + dave + " "))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());

		assertThat(page.select("#typed-sent").text()).isEqualTo(dave
				+ " was still in the email field: it was added to the list and invited too.");
		assertThat(page.select("#invite-summary").text())
			.isEqualTo("2 invitations sent; 1 address not sent (see below).");
		assertThat(page.select(".invite-result").eachText()).hasSize(3);
		this.api.awaitMail(dave, 1);
	}

	@Test
	void anAddressInTheEmailFieldThatCannotBeAddedSendsNothingAndSaysWhy() throws Exception {
		String carol = Api.uniqueEmail("carol");

		Document page = Jsoup.parse(this.mvc
			.perform(dialog().param("action", "send").param("emails", carol).param("email", "dave@"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());

		assertThat(page.select("#typed-not-sent").text()).isEqualTo("Nothing was sent: “dave@”, still in the email "
				+ "field, could not be added (see below). Correct or clear it, then send again to invite the address in the list.");
		assertThat(page.select("#invite-email-error").text()).isNotEmpty();
		assertThat(page.select("#invite-email").val()).isEqualTo("dave@");
		assertThat(page.select("input[name=emails]").eachAttr("value")).containsExactly(carol);
		assertThat(this.api.get("/api/v1/business-accounts/" + this.acme + "/invitations", this.ana.token()).items())
			.isEmpty();
	}

	@Test
	void anAddressTypedAgainThatIsInTheListAlreadyIsSentOnce() throws Exception {
		String carol = Api.uniqueEmail("carol");

		Document page = Jsoup.parse(this.mvc
			.perform(dialog().param("action", "send").param("emails", carol).param("email", carol.toUpperCase()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());

		assertThat(page.select("#invite-summary").text()).isEqualTo("1 invitation sent; every address was invited.");
		assertThat(page.select("#typed-sent")).isEmpty();
	}

	@Test
	void invalidExpiryIsRefusedNextToTheFieldAndNothingIsSent() throws Exception {
		String carol = Api.uniqueEmail("carol");

		this.mvc.perform(dialog().param("action", "send").param("expiresInDays", "31").param("emails", carol))
			.andExpect(content().string(containsString("Choose between 1 and 30 days.")));

		assertThat(this.api.get("/api/v1/business-accounts/" + this.acme + "/invitations", this.ana.token()).items())
			.isEmpty();
	}

	@Test
	void resendAndRevokeFromThePendingList() throws Exception {
		String carol = Api.uniqueEmail("carol");
		this.api.invite(this.ana, this.acme, carol).succeeded();
		String id = this.api.get("/api/v1/business-accounts/" + this.acme + "/invitations", this.ana.token()).items()
			.get(0).get("id").toString();

		this.mvc
			.perform(post("/business/{id}/invitations/{iid}/resend", this.acme, id).with(user(Principals.of(this.ana)))
				.with(csrf()))
			.andExpect(redirectedUrl("/business/" + this.acme + "/users"));
		this.api.awaitMail(carol, 2);
		this.mvc
			.perform(post("/business/{id}/invitations/{iid}/revoke", this.acme, id).with(user(Principals.of(this.ana)))
				.with(csrf()).param("confirmed", "true"))
			.andExpect(redirectedUrl("/business/" + this.acme + "/users"));

		assertThat(this.api.get("/api/v1/business-accounts/" + this.acme + "/invitations?status=REVOKED",
				this.ana.token()).items()).hasSize(1);
	}

	@Test
	void aRegularMemberGets403AndAnOutsider404() throws Exception {
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		Person eve = this.api.signUp("eve");

		this.mvc.perform(get("/business/{id}/users", this.acme).with(user(Principals.of(bob))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/business/{id}/profile", this.acme).with(user(Principals.of(bob))))
			.andExpect(content().string(not(containsString("id=\"users-link\""))));
		this.mvc
			.perform(post("/business/{id}/users/invite", this.acme).with(user(Principals.of(bob))).with(csrf())
				.param("action", "send").param("emails", "x@example.com"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/business/{id}/users", this.acme).with(user(Principals.of(eve))))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder dialog() {
		return dialog("en");
	}

	private MockHttpServletRequestBuilder dialog(String language) {
		return post("/business/{id}/users/invite", this.acme).with(user(Principals.of(this.ana))).with(csrf())
			.header("HX-Request", "true")
			.param("language", language);
	}

}
