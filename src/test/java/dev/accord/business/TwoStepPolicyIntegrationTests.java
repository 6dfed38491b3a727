package dev.accord.business;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.account.SwitchableTwoStep;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A business account's "Require two-step verification", over the API and the pages. */
@AccordIntegrationTest
class TwoStepPolicyIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	@Autowired
	SwitchableTwoStep twoStep;

	Person ana;

	Person bob;

	UUID acme;

	@BeforeEach
	void anaAdministersAcmeWithTwoStepAndBobIsAMemberWithout() {
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
		this.bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		this.twoStep.enable(this.ana.id());
	}

	@Test
	void membersWithoutTwoStepGet403TwoStepRequiredOnBusinessCallsOnlyWhileTheAccountRequiresIt() {
		assertThat(business(this.bob).status()).isEqualTo(200);
		assertThat(business(this.bob).map()).containsEntry("requireTwoStep", false);

		Response switched = require(this.ana, true).succeeded();
		assertThat(switched.map()).containsEntry("requireTwoStep", true).containsEntry("companyName", "ACME");

		Response refused = business(this.bob);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.code()).isEqualTo("TWO_STEP_REQUIRED");
		assertThat(this.api.post("/api/v1/business-accounts/" + this.acme + "/leave", null, this.bob.token()).code())
			.isEqualTo("TWO_STEP_REQUIRED");
		assertThat(this.api.get("/api/v1/business-accounts/" + this.acme + "/members", this.bob.token()).code())
			.isEqualTo("TWO_STEP_REQUIRED");
		// The personal context still works.
		assertThat(this.api.get("/api/v1/me", this.bob.token()).status()).isEqualTo(200);
		// Someone who is no member still learns nothing: 404, not 403.
		Person carol = this.api.signUp("carol");
		assertThat(business(carol).status()).isEqualTo(404);

		this.twoStep.enable(this.bob.id());
		assertThat(business(this.bob).status()).isEqualTo(200);
		assertThat(business(this.bob).map()).containsEntry("requireTwoStep", true);

		require(this.ana, false).succeeded();
		this.twoStep.disable(this.bob.id());
		assertThat(business(this.bob).status()).isEqualTo(200);
	}

	@Test
	void anAdministratorWithoutTwoStepCannotSwitchItOn() {
		this.twoStep.disable(this.ana.id());
		Response refused = require(this.ana, true);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("TWO_STEP_NOT_SET_UP");
		assertThat(business(this.ana).map()).containsEntry("requireTwoStep", false);
		// Refused whole: a company change in the same request is not made either.
		Response both = this.api.patch("/api/v1/business-accounts/" + this.acme,
				Map.of("companyName", "ACME Two", "requireTwoStep", true), this.ana.token());
		assertThat(both.code()).isEqualTo("TWO_STEP_NOT_SET_UP");
		assertThat(business(this.ana).map()).containsEntry("companyName", "ACME");
	}

	@Test
	void onlyAdministratorsSwitchItAndAPatchWithoutItLeavesItAsItIs() {
		this.twoStep.enable(this.bob.id());
		assertThat(require(this.bob, true).status()).isEqualTo(403);
		require(this.ana, true).succeeded();
		Response renamed = this.api
			.patch("/api/v1/business-accounts/" + this.acme, Map.of("companyName", "ACME Two"), this.ana.token())
			.succeeded();
		assertThat(renamed.map()).containsEntry("requireTwoStep", true).containsEntry("companyName", "ACME Two");
		assertThat(this.api.patch("/api/v1/business-accounts/" + this.acme, Map.of("requireTwoStep", "maybe"),
				this.ana.token()).status()).isEqualTo(422);
	}

	@Test
	void switchingItIsAuditedOncePerChange() {
		require(this.ana, true).succeeded();
		require(this.ana, true).succeeded();
		require(this.ana, false).succeeded();
		List<Map<String, Object>> entries = this.api
			.get("/api/v1/business-accounts/" + this.acme + "/audit-events?limit=200", this.ana.token())
			.succeeded()
			.items()
			.stream()
			.filter((e) -> "TWO_STEP_REQUIREMENT_SWITCHED".equals(e.get("action")))
			.toList();
		assertThat(entries).hasSize(2);
		assertThat(entries.get(0).get("after")).isEqualTo(Map.of("requireTwoStep", false));
		assertThat(entries.get(1).get("after")).isEqualTo(Map.of("requireTwoStep", true));
	}

	@Test
	void aMemberWithoutTwoStepIsShownWhyOnEveryPageOfTheAccountButKeepsTheirPersonalContext() throws Exception {
		require(this.ana, true).succeeded();
		for (String path : List.of("/business/" + this.acme + "/dashboard", "/business/" + this.acme + "/profile")) {
			MockHttpServletResponse response = page(this.bob, path);
			assertThat(response.getStatus()).as(path).isEqualTo(403);
			Document page = Jsoup.parse(response.getContentAsString());
			assertThat(page.select("#two-step-required")).as(path).hasSize(1);
			assertThat(page.select("#two-step-required-why").text()).contains("ACME");
			assertThat(page.select("#two-step-set-up").attr("href")).isEqualTo("/security");
		}
		assertThat(page(this.bob, "/dashboard").getStatus()).isEqualTo(200);
		assertThat(page(this.bob, "/security").getStatus()).isEqualTo(200);
		assertThat(page(this.bob, "/profile").getStatus()).isEqualTo(200);

		this.twoStep.enable(this.bob.id());
		assertThat(page(this.bob, "/business/" + this.acme + "/dashboard").getStatus()).isEqualTo(200);
	}

	@Test
	void administratorsSwitchItOnTheBusinessProfileAndMembersSeeIt() throws Exception {
		this.twoStep.enable(this.bob.id());
		Document before = Jsoup.parse(page(this.ana, "/business/" + this.acme + "/profile").getContentAsString());
		assertThat(before.select("#two-step-switch")).hasSize(1);
		assertThat(before.select("#two-step-form input[name=required]").val()).isEqualTo("true");
		assertThat(Jsoup.parse(page(this.bob, "/business/" + this.acme + "/profile").getContentAsString())
			.select("#two-step-switch")).isEmpty();

		this.mvc
			.perform(post("/business/" + this.acme + "/profile/two-step").param("required", "true")
				.with(user(Principals.of(this.ana)))
				.with(csrf()))
			.andReturn();
		assertThat(business(this.ana).map()).containsEntry("requireTwoStep", true);
		Document after = Jsoup.parse(page(this.bob, "/business/" + this.acme + "/profile").getContentAsString());
		assertThat(after.select("#two-step-state").text()).startsWith("Required");

		// Without the form's CSRF token nothing changes.
		this.mvc
			.perform(post("/business/" + this.acme + "/profile/two-step").param("required", "false")
				.with(user(Principals.of(this.ana))))
			.andReturn();
		assertThat(business(this.ana).map()).containsEntry("requireTwoStep", true);
	}

	@Test
	void anAdministratorWithoutTwoStepIsToldOnTheBusinessProfile() throws Exception {
		this.twoStep.disable(this.ana.id());
		var response = this.mvc
			.perform(post("/business/" + this.acme + "/profile/two-step").param("required", "true")
				.with(user(Principals.of(this.ana)))
				.with(csrf()))
			.andReturn();
		var flash = response.getFlashMap();
		assertThat(flash.get("twoStepError")).isEqualTo("error.twoStepNotSetUp");
		assertThat(business(this.ana).map()).containsEntry("requireTwoStep", false);
	}

	@Test
	void theUsersPageShowsWhoHasTwoStep() throws Exception {
		Document users = Jsoup.parse(page(this.ana, "/business/" + this.acme + "/users").getContentAsString());
		assertThat(users.select("#member-list tr.member-row")).hasSize(2);
		for (var row : users.select("#member-list tr.member-row")) {
			String email = row.select(".member-email").text();
			String expected = email.equals(this.ana.email()) ? "Set up" : "Not set up";
			assertThat(row.select(".member-two-step").text()).as(email).isEqualTo(expected);
		}
	}

	private Response business(Person person) {
		return this.api.get("/api/v1/business-accounts/" + this.acme, person.token());
	}

	private Response require(Person person, boolean required) {
		return this.api.patch("/api/v1/business-accounts/" + this.acme, Map.of("requireTwoStep", required),
				person.token());
	}

	private MockHttpServletResponse page(Person person, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(Principals.of(person)))).andReturn().getResponse();
	}

}
