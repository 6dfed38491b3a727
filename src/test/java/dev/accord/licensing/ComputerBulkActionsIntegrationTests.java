package dev.accord.licensing;

import java.util.List;
import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.licensing.LicensingFixtures.TestKey;
import dev.accord.licensing.LicensingFixtures.TestSubscription;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The Computers page acts on the selected computers at once: all of them, or none when one is refused. */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@licensing.example")
class ComputerBulkActionsIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	Person ana;

	LicensingFixtures licensing;

	TestSubscription subscription;

	String primaryId;

	@BeforeEach
	void twoComputersOnAFullPrimaryKey() {
		this.ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(this.ana, "ACME");
		this.licensing = new LicensingFixtures(this.api, this.clock, this.api.operatorToken("operator@licensing.example"),
				acme, this.ana);
		this.subscription = this.licensing.aSubscription().withSeats(3).provision();
		this.licensing.activate(this.subscription.primaryKey(), "pc-1").succeeded();
		this.licensing.activate(this.subscription.primaryKey(), "pc-2").succeeded();
		this.primaryId = this.licensing.keyId(this.subscription.primaryKey());
	}

	@Test
	void movingMoreComputersThanTheTargetHasSeatsForMovesNone() throws Exception {
		TestKey berlin = this.subscription.aKey("Berlin").reserved(1).create();

		this.mvc.perform(action("move", computers()).param("target", berlin.id()))
			.andExpect(redirectedUrl(this.licensing.base().replace("/api/v1/business-accounts", "/business")
					+ "/license-keys/" + this.primaryId + "/computers"))
			.andExpect(flash().attribute("computersError", "licensing.noSeats"));

		assertThat(this.licensing.computers(this.primaryId, this.ana)).hasSize(2);
		assertThat(this.licensing.computers(berlin.id(), this.ana)).isEmpty();
		assertThat(this.licensing.subscriptions().get(0)).containsEntry("used", 2);
	}

	@Test
	void deactivatingTheSelectedComputersFreesAllTheirSeatsAtOnce() throws Exception {
		this.mvc.perform(action("deactivate", computers()))
			.andExpect(flash().attribute("notice", "computers.done.deactivate"));

		assertThat(this.licensing.subscriptions().get(0)).containsEntry("used", 0);
		assertThat(this.licensing.checkIn(this.subscription.primaryKey(), "pc-1").map()).containsEntry("valid", false);
	}

	@Test
	void noSelectionOrAnUnknownActionChangesNothingAndSaysWhy() throws Exception {
		this.mvc.perform(action("deactivate", List.of()))
			.andExpect(flash().attribute("computersError", "computers.noneSelected"));
		this.mvc.perform(action("explode", computers()))
			.andExpect(flash().attribute("computersError", "validation.choose"));
		this.mvc.perform(action("move", computers()))
			.andExpect(flash().attribute("computersError", "validation.choose"));

		assertThat(this.licensing.subscriptions().get(0)).containsEntry("used", 2);
	}

	private List<String> computers() {
		return this.licensing.computers(this.primaryId, this.ana).stream().map((c) -> (String) c.get("id")).toList();
	}

	private MockHttpServletRequestBuilder action(String action, List<String> computers) {
		MockHttpServletRequestBuilder request = post(
				this.licensing.base().replace("/api/v1/business-accounts", "/business") + "/license-keys/" + this.primaryId
						+ "/computers/action")
			.param("action", action)
			.param("confirmed", "true")
			.with(user(Principals.of(this.ana)))
			.with(csrf());
		computers.forEach((c) -> request.param("computer", c));
		return request;
	}

}
