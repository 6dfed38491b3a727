package dev.accord.invitation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.business.Role;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import dev.accord.support.MutableClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static dev.accord.invitation.Invites.invite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.lessThan;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Invitations keep their promises: validity, replaced links, paging, and the role chosen at invitation time. */
@AccordIntegrationTest
class InvitationPromisesIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	Person ana;

	UUID acme;

	@BeforeEach
	void anAccountWithAnAdministrator() {
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
	}

	@Test
	void resendKeepsTheValidityTheInviterChose() {
		String email = Api.uniqueEmail("bob");
		Response invited = invite(email).validFor(3).sentBy(this.api, this.ana, this.acme);
		String id = invitationId(invited);
		this.clock.advance(Duration.ofDays(1));

		Response resent = this.api.post(base() + "/invitations/" + id + "/resend", null, this.ana.token());

		assertThat(resent.status()).isEqualTo(200);
		assertThat(Instant.parse((String) resent.map().get("expiresAt")))
			.isCloseTo(this.clock.instant().plus(Duration.ofDays(3)), within(1, ChronoUnit.MILLIS));
	}

	@Test
	void aLinkReplacedByResendSaysSoAndTheNewOneWorks() throws Exception {
		String email = Api.uniqueEmail("bob");
		String id = invitationId(this.api.invite(this.ana, this.acme, email));
		String first = Api.joinToken(this.api.awaitMail(email, 1));
		assertThat(this.api.post(base() + "/invitations/" + id + "/resend", null, this.ana.token()).status()).isEqualTo(200);
		String second = Api.joinToken(this.api.awaitMail(email, 2));

		Response old = this.api.get("/api/v1/invitations/" + first, null);
		Response oldAccept = this.api.post("/api/v1/invitations/" + first + "/accept",
				Map.of("password", Api.PASSWORD, "firstName", "Bob", "lastName", "Member"), null);
		int page = this.mvc.perform(get("/join/" + first)).andReturn().getResponse().getStatus();
		String text = Jsoup.parse(this.mvc.perform(get("/join/" + first)).andReturn().getResponse().getContentAsString())
			.select("#join-gone-reason").text();

		assertThat(old.status()).isEqualTo(410);
		assertThat(old.code()).isEqualTo("INVITATION_REPLACED");
		assertThat(oldAccept.code()).isEqualTo("INVITATION_REPLACED");
		assertThat(page).isEqualTo(410);
		assertThat(text).contains("replaced by a newer invitation");
		assertThat(this.api.get("/api/v1/invitations/" + second, null).status()).isEqualTo(200);
	}

	@Test
	void pendingInvitationsArePagedOnTheUsersPage() throws Exception {
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < 55; i++) {
			emails.add(Api.uniqueEmail("p" + i));
		}
		assertThat(invite(emails).sentBy(this.api, this.ana, this.acme).status()).isEqualTo(200);

		Document first = page("/business/" + this.acme + "/users");
		String next = first.select("#pending-next").attr("href");
		Document second = page(next);

		assertThat(first.select(".pending-row")).hasSize(50);
		assertThat(second.select(".pending-row")).hasSize(5);
		assertThat(second.select("#pending-next")).isEmpty();
		List<String> shown = new ArrayList<>(first.select(".pending-email").eachText());
		shown.addAll(second.select(".pending-email").eachText());
		assertThat(shown).containsExactlyInAnyOrderElementsOf(emails);
	}

	@Test
	void anInvitationAsAccountAdministratorMakesAnAccountAdministratorAndIsRecorded() {
		String email = Api.uniqueEmail("carl");
		Response invited = invite(email).as(Role.ACCOUNT_ADMINISTRATOR).sentBy(this.api, this.ana, this.acme);
		assertThat(invited.status()).isEqualTo(200);
		String token = Api.joinToken(this.api.awaitMail(email, 1));

		Response accepted = this.api.post("/api/v1/invitations/" + token + "/accept",
				Map.of("password", Api.PASSWORD, "firstName", "Carl", "lastName", "Admin"), null);

		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.map()).containsEntry("role", "ACCOUNT_ADMINISTRATOR");
		List<Map<String, Object>> audit = this.api.get(base() + "/audit-events?action=INVITATION_SENT", this.ana.token())
			.items();
		assertThat(audit.get(0).get("after")).asString().contains("ACCOUNT_ADMINISTRATOR");
	}

	@Test
	void anAccountAdministratorInvitationCannotGrantLicenseAdministratorKeys() {
		Response refused = this.api.post(base() + "/invitations", Map.of("language", "en", "emails",
				List.of(Api.uniqueEmail("dora")), "role", "ACCOUNT_ADMINISTRATOR", "licenseKeyIds",
				List.of(UUID.randomUUID().toString())), this.ana.token());

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errors()).containsKey("licenseKeyIds");
	}

	@Test
	void theDialogInvitesAsTheChosenRole() throws Exception {
		String email = Api.uniqueEmail("erin");
		this.mvc.perform(post("/business/{id}/users/invite", this.acme).param("action", "send").param("language", "en")
			.param("emails", email).param("expiresInDays", "7").param("role", "ACCOUNT_ADMINISTRATOR")
			.with(user(Principals.of(this.ana))).with(csrf()).header("HX-Request", "true")).andExpect(status().is(lessThan(400)));
		String token = Api.joinToken(this.api.awaitMail(email, 1));

		Response accepted = this.api.post("/api/v1/invitations/" + token + "/accept",
				Map.of("password", Api.PASSWORD, "firstName", "Erin", "lastName", "Admin"), null);

		assertThat(accepted.map()).containsEntry("role", "ACCOUNT_ADMINISTRATOR");
	}

	private static String invitationId(Response invited) {
		return Invites.results(invited).get(0).invitationId().toString();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(Principals.of(this.ana)))).andReturn().getResponse()
			.getContentAsString());
	}

	private String base() {
		return "/api/v1/business-accounts/" + this.acme;
	}

}
