package dev.accord.licensing;

import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.MutableClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The membership dialog and the Dashboard say which keys a License Administrator manages (spec §2). */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@keys.example")
class AdministeredKeysIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Test
	void theMembershipDialogAndTheDashboardNameTheKeysAMemberAdministers() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		Person bob = this.api.inviteAndJoin(ana, acme, "bob");
		Person carl = this.api.inviteAndJoin(ana, acme, "carl");
		LicensingFixtures licensing = new LicensingFixtures(this.api, this.clock,
				this.api.operatorToken("operator@keys.example"), acme, ana);
		String berlin = licensing.aSubscription().withSeats(5).lasting(30).provision().aKey("Berlin office").reserved(2)
			.create().id();
		String base = licensing.base();
		assertThat(this.api.send("PUT", base + "/license-keys/" + berlin + "/administrators/" + bob.id(), null,
				ana.token()).status()).isEqualTo(204);

		Document dialog = page(ana, "/business/" + acme + "/users/" + bob.id());
		Document otherDialog = page(ana, "/business/" + acme + "/users/" + carl.id());
		Document bobsDashboard = page(bob, "/business/" + acme + "/dashboard");
		Document carlsDashboard = page(carl, "/business/" + acme + "/dashboard");

		assertThat(dialog.select("#member-keys a").text()).isEqualTo("Berlin office");
		assertThat(dialog.select("#member-keys a").attr("href")).isEqualTo("/business/" + acme + "/license-keys/" + berlin);
		assertThat(otherDialog.select("#member-keys").text()).isEqualTo("No license keys");
		assertThat(bobsDashboard.select("#managed-keys").text())
			.isEqualTo("You are License Administrator of these license keys: Berlin office");
		assertThat(bobsDashboard.text()).doesNotContain("You cannot manage subscriptions or licenses yet");
		assertThat(carlsDashboard.select("#managed-keys")).isEmpty();
		assertThat(carlsDashboard.text()).contains("You cannot manage subscriptions or licenses yet");
	}

	private Document page(Person who, String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(Principals.of(who)))).andReturn().getResponse()
			.getContentAsString());
	}

}
