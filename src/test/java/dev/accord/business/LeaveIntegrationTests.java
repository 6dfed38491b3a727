package dev.accord.business;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.accord.account.AccountService;
import dev.accord.platform.NotFoundException;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Race;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@AccordIntegrationTest
class LeaveIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MembershipService memberships;

	@Autowired
	Memberships store;

	@Autowired
	AccountService people;

	@Test
	void aRegularMemberLeavesAndLosesAccessAtOnce() {
		Person ana = this.api.signUp("ana");
		Person bob = this.api.signUp("bob");
		UUID id = this.api.createBusiness(ana, "ACME");
		this.store.add(id, this.people.get(bob.id()), Role.REGULAR_MEMBER, Instant.now());
		assertThat(this.api.get("/api/v1/business-accounts/" + id, bob.token()).status()).isEqualTo(200);

		assertThat(this.api.post("/api/v1/business-accounts/" + id + "/leave", null, bob.token()).status())
			.isEqualTo(204);

		assertThat(this.api.get("/api/v1/business-accounts/" + id, bob.token()).status()).isEqualTo(404);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.memberships.leave(id, bob.id()));
	}

	@Test
	void anAdministratorMayLeaveWhileAnotherRemains() {
		Person ana = this.api.signUp("ana");
		Person bob = this.api.signUp("bob");
		UUID id = this.api.createBusiness(ana, "ACME");
		this.store.add(id, this.people.get(bob.id()), Role.ACCOUNT_ADMINISTRATOR, Instant.now());

		this.memberships.leave(id, ana.id());

		assertThat(this.memberships.administrators(id, bob.id())).extracting(AdministratorView::userId)
			.containsExactly(bob.id());
	}

	@RepeatedTest(5)
	void twoAdministratorsLeavingAtOnceLeaveOneAdministrator() throws Exception {
		Person ana = this.api.signUp("ana");
		Person bob = this.api.signUp("bob");
		UUID id = this.api.createBusiness(ana, "ACME");
		this.store.add(id, this.people.get(bob.id()), Role.ACCOUNT_ADMINISTRATOR, Instant.now());

		List<Object> outcomes = Race.of(() -> leave(id, ana.id()), () -> leave(id, bob.id()));

		assertThat(outcomes).containsExactlyInAnyOrder("left", "LAST_ADMINISTRATOR");
		assertThat(this.store.activeAdministrators(id)).isEqualTo(1);
	}

	private Object leave(UUID id, UUID userId) {
		try {
			this.memberships.leave(id, userId);
			return "left";
		}
		catch (LastAdministratorException ex) {
			return ex.code();
		}
	}

}
