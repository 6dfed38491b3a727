package dev.accord.invitation;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.shared.Language;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.MutableClock;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Join page behind the link, in each of its cases. */
@AccordIntegrationTest
class JoinPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	Person ana;

	UUID acme;

	@BeforeEach
	void anAccountWithAnAdministrator() {
		this.ana = this.api.signUp("ana", "Ana <i>Silva</i>");
		this.acme = this.api.createBusiness(this.ana, "ACME <script>x()</script>");
	}

	@Test
	void aNewPersonChoosesAPasswordAndLandsSignedInOnTheAccountsDashboard() throws Exception {
		String bob = Api.uniqueEmail("bob");
		String token = invite(bob);

		this.mvc.perform(get("/join/{token}", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ana &lt;i&gt;Silva&lt;/i&gt; Tester invited you")))
			.andExpect(content().string(containsString("ACME &lt;script&gt;x()&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>x()"))))
			.andExpect(content().string(containsString("value=\"" + bob + "\" readonly")))
			.andExpect(content().string(containsString("id=\"confirmPassword\"")));

		this.mvc
			.perform(post("/join/{token}", token).with(csrf()).param("firstName", "Bob").param("lastName", "Lee")
				.param("password", Api.PASSWORD).param("confirmPassword", "something-else"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The two passwords are not the same.")));
		assertThat(this.api.get("/api/v1/invitations/" + token, null).status()).isEqualTo(200);

		MvcResult joined = this.mvc
			.perform(post("/join/{token}", token).with(csrf()).param("firstName", "Bob").param("lastName", "Lee")
				.param("password", Api.PASSWORD).param("confirmPassword", Api.PASSWORD))
			.andExpect(redirectedUrl("/business/" + this.acme + "/dashboard"))
			.andReturn();
		Cookie session = joined.getResponse().getCookie("SESSION");
		this.mvc.perform(get("/business/{id}/dashboard", this.acme).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Regular Member")));
	}

	@Test
	void anExistingAccountEntersItsCurrentPassword() throws Exception {
		Person bob = this.api.signUp("bob");
		String token = invite(bob.email());

		this.mvc.perform(get("/join/{token}", token))
			.andExpect(content().string(containsString("Enter your current password to join.")))
			.andExpect(content().string(not(containsString("id=\"confirmPassword\""))));
		this.mvc.perform(post("/join/{token}", token).with(csrf()).param("password", "not-my-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-error\"")))
			.andExpect(content().string(containsString("The password is not correct.")));
		this.mvc.perform(post("/join/{token}", token).with(csrf()).param("password", Api.PASSWORD))
			.andExpect(redirectedUrl("/business/" + this.acme + "/dashboard"));
	}

	@Test
	void theInvitedPersonSignedInAlreadyJustJoins() throws Exception {
		Person bob = this.api.signUp("bob");
		String token = invite(bob.email());

		this.mvc.perform(get("/join/{token}", token).with(user(Principals.of(bob))))
			.andExpect(content().string(containsString("id=\"join-submit\"")))
			.andExpect(content().string(not(containsString("id=\"password\""))));
		this.mvc.perform(post("/join/{token}", token).with(user(Principals.of(bob))).with(csrf()))
			.andExpect(redirectedUrl("/business/" + this.acme + "/dashboard"));
	}

	@Test
	void someoneElseSignedInIsToldSoAndOfferedToSignOut() throws Exception {
		Person bob = this.api.signUp("bob");
		Person eve = this.api.signUp("eve");
		String token = invite(bob.email());

		this.mvc.perform(get("/join/{token}", token).with(user(Principals.of(eve))))
			.andExpect(content().string(containsString("id=\"join-other-account\"")))
			.andExpect(content().string(containsString("name=\"continue\" value=\"/join/" + token + "\"")))
			.andExpect(content().string(not(containsString("id=\"join-form\""))));
		this.mvc.perform(post("/join/{token}", token).with(user(Principals.of(eve))).with(csrf()))
			.andExpect(status().isOk());

		assertThat(this.api.get("/api/v1/business-accounts/" + this.acme, eve.token()).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/invitations/" + token, null).status()).isEqualTo(200);
		this.mvc.perform(post("/signout").with(user(Principals.of(eve))).with(csrf()).param("continue", "/join/" + token))
			.andExpect(redirectedUrl("/join/" + token));
		this.mvc.perform(post("/signout").with(user(Principals.of(eve))).with(csrf()).param("continue", "https://evil.example"))
			.andExpect(redirectedUrl("/signin?signedOut"));
	}

	@Test
	void expiredRevokedUsedAndUnknownLinksShowWhichAndJoinNobody() throws Exception {
		String expired = invite(Api.uniqueEmail("old"));
		this.clock.advance(Duration.ofDays(8));
		String revoked = invite(Api.uniqueEmail("gone"));
		String revokedId = this.api.get("/api/v1/business-accounts/" + this.acme + "/invitations?status=PENDING",
				this.ana.token()).items().get(0).get("id").toString();
		this.api.delete("/api/v1/business-accounts/" + this.acme + "/invitations/" + revokedId, this.ana.token()).succeeded();
		String used = invite(Api.uniqueEmail("used"));
		this.api.post("/api/v1/invitations/" + used + "/accept",
				Map.of("password", Api.PASSWORD, "firstName", "U", "lastName", "Sed"), null).succeeded();

		assertGone(expired, 410, "This invitation has expired.");
		assertGone(revoked, 410, "This invitation was revoked by an administrator of the account.");
		assertGone(used, 410, "This invitation was used already");
		assertGone("no-such-token", 404, "This invitation link is not valid.");
		this.mvc
			.perform(post("/join/{token}", expired).with(csrf()).param("firstName", "A").param("lastName", "B")
				.param("password", Api.PASSWORD).param("confirmPassword", Api.PASSWORD))
			.andExpect(status().isGone());
	}

	@Test
	void theJoinPageSpeaksTheInvitationsLanguage() throws Exception {
		String bob = Api.uniqueEmail("bob");
		Invites.invite(bob).in(Language.DE).sentBy(this.api, this.ana, this.acme).succeeded();
		String token = Api.joinToken(this.api.awaitMail(bob, 1));

		this.mvc.perform(get("/join/{token}", token).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("<html lang=\"de\"")))
			.andExpect(content().string(containsString("Konto beitreten")));
	}

	@Test
	void aPersonWhoSignsUpWithAnInvitedEmailSeesJoinButtonsButJoinsOnlyAfterVerifyingTheAddress() throws Exception {
		String bob = Api.uniqueEmail("bob");
		String token = invite(bob);
		Person signedUp = signUp(bob);

		String dashboard = this.mvc.perform(get("/dashboard").with(user(Principals.of(signedUp))))
			.andReturn().getResponse().getContentAsString();
		assertThat(dashboard).contains("Join ACME &lt;script&gt;x()&lt;/script&gt;", "id=\"verify-to-join\"");
		String invitationId = dashboard.replaceAll("(?s).*/invitations/([0-9a-f-]{36})/join.*", "$1");

		this.mvc.perform(post("/invitations/{id}/join", invitationId).with(user(Principals.of(signedUp))).with(csrf()))
			.andExpect(redirectedUrl("/dashboard"))
			.andExpect(flash().attribute("verifyToJoin", true));
		this.mvc.perform(post("/join/{token}", token).with(user(Principals.of(signedUp))).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("id=\"join-verify-first\"")));
		assertThat(this.api.get("/api/v1/business-accounts/" + this.acme, signedUp.token()).status()).isEqualTo(404);

		String verification = Api.linkToken(this.api.awaitMail(bob, 2), "/verify-email?token=");
		this.mvc.perform(post("/verify-email").param("token", verification).with(csrf())).andExpect(status().isOk());
		this.mvc.perform(post("/invitations/{id}/join", invitationId).with(user(Principals.of(signedUp))).with(csrf()))
			.andExpect(redirectedUrl("/business/" + this.acme + "/dashboard"));
		assertThat(this.api.get("/api/v1/business-accounts/" + this.acme, signedUp.token()).status()).isEqualTo(200);
	}

	private void assertGone(String token, int status, String text) throws Exception {
		this.mvc.perform(get("/join/{token}", token))
			.andExpect(status().is(status))
			.andExpect(content().string(containsString(text)))
			.andExpect(content().string(not(containsString("id=\"join-form\""))));
	}

	private Person signUp(String email) {
		this.api.post("/api/v1/signup", Map.of("email", email, "password", Api.PASSWORD, "firstName", "Bob", "lastName",
				"Lee", "language", "en"), null).succeeded();
		var me = this.api.post("/api/v1/tokens", Map.of("email", email, "password", Api.PASSWORD, "name", "t"), null);
		String token = (String) me.map().get("token");
		return new Person(UUID.fromString((String) this.api.get("/api/v1/me", token).map().get("id")), email, token);
	}

	private String invite(String email) {
		this.api.invite(this.ana, this.acme, email).succeeded();
		return Api.joinToken(this.api.awaitMail(email, 1));
	}

}
