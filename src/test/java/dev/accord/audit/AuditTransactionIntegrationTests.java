package dev.accord.audit;

import java.time.Duration;
import java.time.Period;
import java.util.UUID;

import dev.accord.business.MemberChange;
import dev.accord.business.MembershipAdministration;
import dev.accord.business.Role;
import dev.accord.business.CompanyInfo;
import dev.accord.business.CompanyInfoChanged;
import dev.accord.shared.Actor;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Entries live and die with the transaction of their change; retention removes only old ones. */
@AccordIntegrationTest
class AuditTransactionIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	AuditLog log;

	@Autowired
	AuditEvents events;

	@Autowired
	MembershipAdministration administration;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	MutableClock clock;

	Person ana;

	Person bob;

	UUID acme;

	@BeforeEach
	void anAccountWithAMember() {
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
		this.bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
	}

	@Test
	void aChangeThatRollsBackLeavesNoEntry() {
		long before = count(AuditAction.MEMBER_ROLE_CHANGED);

		this.transaction.executeWithoutResult((status) -> {
			this.administration.change(this.acme, this.ana.id(), this.bob.id(),
					new MemberChange(Role.ACCOUNT_ADMINISTRATOR, null, null));
			assertThat(count(AuditAction.MEMBER_ROLE_CHANGED)).as("visible inside the transaction").isEqualTo(before + 1);
			status.setRollbackOnly();
		});

		assertThat(count(AuditAction.MEMBER_ROLE_CHANGED)).isEqualTo(before);
		assertThat(this.administration.get(this.acme, this.ana.id(), this.bob.id()).role()).isEqualTo(Role.REGULAR_MEMBER);
	}

	@Test
	void anEntryCannotBeWrittenOutsideTheTransactionOfAChange() {
		CompanyInfoChanged change = new CompanyInfoChanged(this.acme, Actor.person(this.ana.id()),
				new CompanyInfo("Acme", "DE", "", ""), new CompanyInfo("Acme Two", "DE", "", ""));

		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.publisher.publishEvent(change));
		assertThat(count(AuditAction.COMPANY_INFO_CHANGED)).isZero();
	}

	@Test
	void retentionRemovesOnlyEntriesOlderThanThePeriodAndNothingWhenUnset() {
		long all = count(null);
		this.clock.advance(Duration.ofDays(40));
		this.api.patch("/api/v1/business-accounts/" + this.acme + "/members/" + this.bob.id(), java.util.Map.of("notes", "kept"),
				this.ana.token()).succeeded();

		assertThat(new AuditRetention(this.events, new AuditSettings(null), this.clock).removeExpired()).isZero();
		int removed = new AuditRetention(this.events, new AuditSettings(Period.ofDays(30)), this.clock).removeExpired();

		assertThat(removed).isGreaterThanOrEqualTo((int) all);
		assertThat(count(null)).isEqualTo(1);
		assertThat(count(AuditAction.MEMBER_NOTES_CHANGED)).isEqualTo(1);
	}

	private long count(AuditAction action) {
		return this.log.page(this.acme, this.ana.id(), new AuditQuery(action, null, null, null, null, 200)).items().size();
	}

}
