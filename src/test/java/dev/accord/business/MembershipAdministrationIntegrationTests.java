package dev.accord.business;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.accord.business.BusinessFixtures.TestBusiness;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Race;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.accord.business.BusinessFixtures.aBusiness;
import static org.assertj.core.api.Assertions.assertThat;

/** Roles, notes, block, unblock and removal over the members API, effective at once. */
@AccordIntegrationTest
class MembershipAdministrationIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	dev.accord.support.MutableClock clock;

	Person ana;

	UUID acme;

	String members;

	@BeforeEach
	void anAccountWithAnAdministrator() {
		TestBusiness business = aBusiness(this.api).named("ACME").build();
		this.ana = business.admin();
		this.acme = business.id();
		this.members = business.membersPath();
	}

	@Test
	void aPromotedMemberHasTheNewRightsOnTheirVeryNextRequest() {
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		assertThat(this.api.get(this.members, bob.token()).status()).isEqualTo(403);

		Response promoted = this.api.patch(this.members + "/" + bob.id(),
				Map.of("role", "ACCOUNT_ADMINISTRATOR", "notes", "Runs IT"), this.ana.token());

		assertThat(promoted.status()).isEqualTo(200);
		assertThat(promoted.map()).containsEntry("role", "ACCOUNT_ADMINISTRATOR").containsEntry("notes", "Runs IT");
		assertThat(this.api.get(this.members, bob.token()).status()).isEqualTo(200);
		assertThat(this.api.get(this.members + "/" + bob.id(), this.ana.token()).map()).containsEntry("notes", "Runs IT");
	}

	@Test
	void theLastAdministratorCannotBeDemotedBlockedOrRemovedAndNothingChanges() {
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		String me = this.members + "/" + this.ana.id();

		for (Map<String, String> change : List.of(Map.of("role", "REGULAR_MEMBER"), Map.of("status", "BLOCKED"),
				Map.of("role", "REGULAR_MEMBER", "notes", "gone"))) {
			Response refused = this.api.patch(me, change, this.ana.token());
			assertThat(refused.status()).isEqualTo(409);
			assertThat(refused.code()).isEqualTo("LAST_ADMINISTRATOR");
		}
		assertThat(this.api.delete(me, this.ana.token()).code()).isEqualTo("LAST_ADMINISTRATOR");
		assertThat(this.api.post("/api/v1/business-accounts/" + this.acme + "/leave", null, this.ana.token()).code())
			.isEqualTo("LAST_ADMINISTRATOR");

		assertThat(this.api.get(me, this.ana.token()).map()).containsEntry("role", "ACCOUNT_ADMINISTRATOR")
			.containsEntry("status", "ACTIVE").doesNotContainKey("notes");
		assertThat(this.api.get(this.members + "/" + bob.id(), this.ana.token()).status()).isEqualTo(200);
	}

	@RepeatedTest(5)
	void twoAdministratorsDemotingEachOtherAtOnceLeaveOneAdministrator() throws Exception {
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		this.api.patch(this.members + "/" + bob.id(), Map.of("role", "ACCOUNT_ADMINISTRATOR"), this.ana.token()).succeeded();
		Map<String, String> demote = Map.of("role", "REGULAR_MEMBER");

		List<Response> responses = Race.of(() -> this.api.patch(this.members + "/" + bob.id(), demote, this.ana.token()),
				() -> this.api.patch(this.members + "/" + this.ana.id(), demote, bob.token()));

		assertThat(responses).extracting(Response::status).contains(200).doesNotContain(500);
		assertThat(responses).filteredOn((r) -> r.status() != 200)
			.allSatisfy((r) -> assertThat(r.status()).isIn(403, 409));
		Response admins = this.api.get(this.members + "?role=ACCOUNT_ADMINISTRATOR&status=ACTIVE",
				responses.get(0).status() == 200 ? this.ana.token() : bob.token());
		assertThat(admins.items()).hasSize(1);
	}

	@Test
	void aBlockedMembersTokenGetsNoBusinessDataOnTheNextRequestAndTheyAreToldInTheirLanguage() {
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		assertThat(this.api.get("/api/v1/business-accounts/" + this.acme, bob.token()).status()).isEqualTo(200);

		assertThat(this.api.patch(this.members + "/" + bob.id(), Map.of("status", "BLOCKED"), this.ana.token()).map())
			.containsEntry("status", "BLOCKED");

		assertThat(this.api.get("/api/v1/business-accounts/" + this.acme, bob.token()).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/me", bob.token()).body()).contains("\"status\":\"BLOCKED\"");
		Map<String, Object> mail = this.api.awaitMail(bob.email(), 2);
		assertThat((String) mail.get("subject")).isEqualTo("Your access to ACME is blocked");

		assertThat(this.api.patch(this.members + "/" + bob.id(), Map.of("status", "ACTIVE"), this.ana.token()).status())
			.isEqualTo(200);
		assertThat(this.api.get("/api/v1/business-accounts/" + this.acme, bob.token()).status()).isEqualTo(200);
	}

	@Test
	void aRemovedMemberLosesAccessIsToldAndCanBeInvitedAgain() {
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");

		assertThat(this.api.delete(this.members + "/" + bob.id(), this.ana.token()).status()).isEqualTo(204);

		assertThat(this.api.get("/api/v1/business-accounts/" + this.acme, bob.token()).status()).isEqualTo(404);
		assertThat((String) this.api.awaitMail(bob.email(), 2).get("subject")).isEqualTo("You were removed from ACME");
		assertThat(this.api.get(this.members + "/" + bob.id(), this.ana.token()).status()).isEqualTo(404);
		assertThat(this.api.invite(this.ana, this.acme, bob.email()).body()).contains("\"outcome\":\"INVITED\"");
	}

	@Test
	void notesOver2000CharactersAreRefusedWithAFieldError() {
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");

		Response refused = this.api.patch(this.members + "/" + bob.id(),
				Map.of("notes", "x".repeat(2001), "role", "ACCOUNT_ADMINISTRATOR"), this.ana.token());

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errors()).containsKey("notes");
		assertThat(this.api.get(this.members + "/" + bob.id(), this.ana.token()).map())
			.containsEntry("role", "REGULAR_MEMBER").doesNotContainKey("notes");
		assertThat(this.api.patch(this.members + "/" + bob.id(), Map.of("notes", "y".repeat(2000)), this.ana.token())
			.status()).isEqualTo(200);
	}

	@Test
	void anAdministratorOfAnotherAccountGets404OnTheseMembers() {
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		Person eve = this.api.signUp("eve");
		this.api.createBusiness(eve, "Other");

		assertThat(this.api.get(this.members, eve.token()).status()).isEqualTo(404);
		assertThat(this.api.get(this.members + "/" + bob.id(), eve.token()).status()).isEqualTo(404);
		assertThat(this.api.patch(this.members + "/" + bob.id(), Map.of("role", "ACCOUNT_ADMINISTRATOR"), eve.token())
			.status()).isEqualTo(404);
		assertThat(this.api.delete(this.members + "/" + bob.id(), eve.token()).status()).isEqualTo(404);
		assertThat(this.api.get(this.members + "/" + UUID.randomUUID(), this.ana.token()).status()).isEqualTo(404);
	}

	@Test
	void theListPagesByKeysetWithFiltersAndSearch() {
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			this.clock.advance(java.time.Duration.ofMinutes(1));
			people.add(this.api.inviteAndJoin(this.ana, this.acme, "member" + i));
		}
		this.api.patch(this.members + "/" + people.get(2).id(), Map.of("status", "BLOCKED"), this.ana.token()).succeeded();

		Set<Object> seen = new HashSet<>();
		List<Object> order = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			Response page = this.api.get(this.members + "?limit=3" + ((cursor != null) ? "&cursor=" + cursor : ""),
					this.ana.token());
			page.items().forEach((m) -> {
				assertThat(seen.add(m.get("userId"))).isTrue();
				order.add(m.get("email"));
			});
			cursor = (String) page.map().get("nextCursor");
			pages++;
		}
		while (cursor != null);

		assertThat(pages).isEqualTo(3);
		assertThat(seen).hasSize(7);
		assertThat(order).isSortedAccordingTo((a, b) -> ((String) a).compareTo((String) b));
		assertThat(this.api.get(this.members + "?status=BLOCKED", this.ana.token()).items()).singleElement()
			.satisfies((m) -> assertThat(m.get("userId")).isEqualTo(people.get(2).id().toString()));
		assertThat(this.api.get(this.members + "?role=ACCOUNT_ADMINISTRATOR", this.ana.token()).items()).hasSize(1);
		assertThat(this.api.get(this.members + "?q=MEMBER3", this.ana.token()).items()).singleElement()
			.satisfies((m) -> assertThat(m.get("email")).isEqualTo(people.get(3).email()));
		assertThat(this.api.get(this.members + "?q=member&sort=NEWEST&limit=2", this.ana.token()).items())
			.extracting((m) -> m.get("email")).containsExactly(people.get(5).email(), people.get(4).email());
		assertThat(this.api.get(this.members + "?q=%25", this.ana.token()).items()).isEmpty();
	}

	@Test
	void badQueryParametersAnswer422() {
		assertThat(this.api.get(this.members + "?limit=0", this.ana.token()).status()).isEqualTo(422);
		assertThat(this.api.get(this.members + "?limit=201", this.ana.token()).status()).isEqualTo(422);
		assertThat(this.api.get(this.members + "?role=KING", this.ana.token()).code()).isEqualTo("VALIDATION_FAILED");
	}

}
