package dev.accord.invitation;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The Invite Users dialog keeps the promises of its settings and checks a file as Add checks an address. */
@AccordIntegrationTest
@TestPropertySource(properties = { "accord.invitations.default-expiry-days=12", "accord.invitations.max-per-request=3" })
class InviteDialogSettingsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Test
	void theDialogOffersTheConfiguredExpiryAndListSize() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");

		Document dialog = Jsoup.parse(this.mvc.perform(get("/business/{id}/users/invite", acme)
			.with(user(Principals.of(ana))).header("HX-Request", "true")).andReturn().getResponse().getContentAsString());
		Document full = Jsoup.parse(this.mvc.perform(post("/business/{id}/users/invite", acme)
			.param("emails", "a@example.com", "b@example.com", "c@example.com").param("email", "d@example.com")
			.param("language", "en").param("expiresInDays", "12").with(user(Principals.of(ana))).with(csrf())
			.header("HX-Request", "true")).andReturn().getResponse().getContentAsString());

		assertThat(dialog.select("#expiresInDays").val()).isEqualTo("12");
		assertThat(full.select("#invite-email-error").text())
			.isEqualTo("The list is full: one request can hold at most 3 addresses.");
		assertThat(full.select("input[name=emails]")).hasSize(3);
	}

	@Test
	void aCsvFileRefusesMembersAndBlockedMembersAsAddDoes() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		Person bob = this.api.inviteAndJoin(ana, acme, "bob");
		Person carl = this.api.inviteAndJoin(ana, acme, "carl");
		assertThat(this.api.patch("/api/v1/business-accounts/" + acme + "/members/" + carl.id(),
				Map.of("status", "BLOCKED"), ana.token()).status()).isEqualTo(200);
		String dora = Api.uniqueEmail("dora");
		MockMultipartFile csv = new MockMultipartFile("file", "people.csv", "text/csv",
				(bob.email() + "\n" + carl.email().toUpperCase() + "\n" + dora + "\n").getBytes(StandardCharsets.UTF_8));

		Document dialog = Jsoup.parse(this.mvc
			.perform(multipart("/business/{id}/users/invite", acme).file(csv).param("action", "upload")
				.param("language", "en").with(user(Principals.of(ana))).with(csrf()).header("HX-Request", "true"))
			.andReturn().getResponse().getContentAsString());

		assertThat(dialog.select("input[name=emails]")).extracting((e) -> e.val()).containsExactly(dora);
		assertThat(dialog.select("#refused-rows li")).extracting((e) -> e.text()).containsExactly(
				bob.email() + ": Already a member", carl.email() + ": Blocked member (unblock instead)");
		assertThat(dialog.select("#file-added").text()).isEqualTo("Addresses added from the file: 1");
	}

}
