package dev.accord.audit;

import dev.accord.business.CompanyInfoChanged;
import dev.accord.business.MemberBlocked;
import dev.accord.business.MemberJoined;
import dev.accord.business.MemberLeft;
import dev.accord.business.MemberNotesChanged;
import dev.accord.business.MemberRemoved;
import dev.accord.business.MemberRoleChanged;
import dev.accord.business.MemberUnblocked;
import dev.accord.business.MembershipStatus;
import dev.accord.business.TwoStepRequirementSwitched;
import dev.accord.shared.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Turns the business module's events into audit entries, in the transaction that published them. */
@Component
class BusinessEntries {

	private final AuditRecorder recorder;

	BusinessEntries(AuditRecorder recorder) {
		this.recorder = recorder;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(CompanyInfoChanged changed) {
		this.recorder.record(Change
			.of(changed.businessAccountId(), changed.actor(), AuditAction.COMPANY_INFO_CHANGED,
					changed.businessAccountId(), changed.after().companyName())
			.field("companyName", changed.before().companyName(), changed.after().companyName())
			.field("country", changed.before().country(), changed.after().country())
			.field("postcode", changed.before().postcode(), changed.after().postcode())
			.field("phone", changed.before().phone(), changed.after().phone()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(TwoStepRequirementSwitched switched) {
		this.recorder.record(Change
			.of(switched.businessAccountId(), switched.actor(), AuditAction.TWO_STEP_REQUIREMENT_SWITCHED,
					switched.businessAccountId(), switched.companyName())
			.field("requireTwoStep", !switched.required(), switched.required()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(MemberJoined joined) {
		this.recorder.record(Change
			.of(joined.businessAccountId(), joined.actor(), AuditAction.MEMBER_JOINED,
					joined.userId(), joined.name())
			.about(joined.userId())
			.after("email", joined.email())
			.after("role", joined.role()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(MemberRoleChanged changed) {
		this.recorder.record(Change
			.of(changed.businessAccountId(), changed.actor(), AuditAction.MEMBER_ROLE_CHANGED, changed.userId(),
					changed.name())
			.about(changed.userId())
			.field("role", changed.before(), changed.after()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(MemberNotesChanged changed) {
		this.recorder.record(Change
			.of(changed.businessAccountId(), changed.actor(), AuditAction.MEMBER_NOTES_CHANGED, changed.userId(),
					changed.name())
			.about(changed.userId())
			.field("notes", changed.before(), changed.after()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(MemberBlocked blocked) {
		this.recorder.record(Change
			.of(blocked.businessAccountId(), blocked.actor(), AuditAction.MEMBER_BLOCKED, blocked.userId(),
					blocked.name())
			.about(blocked.userId())
			.field("status", MembershipStatus.ACTIVE, MembershipStatus.BLOCKED));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(MemberUnblocked unblocked) {
		this.recorder.record(Change
			.of(unblocked.businessAccountId(), unblocked.actor(), AuditAction.MEMBER_UNBLOCKED, unblocked.userId(),
					unblocked.name())
			.about(unblocked.userId())
			.field("status", MembershipStatus.BLOCKED, MembershipStatus.ACTIVE));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(MemberRemoved removed) {
		this.recorder.record(Change
			.of(removed.businessAccountId(), removed.actor(), AuditAction.MEMBER_REMOVED, removed.userId(),
					removed.name())
			.about(removed.userId())
			.before("email", removed.email())
			.before("role", removed.role())
			.before("status", removed.status()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(MemberLeft left) {
		this.recorder.record(Change
			.of(left.businessAccountId(), Actor.person(left.userId()), AuditAction.MEMBER_LEFT, left.userId(),
					left.name())
			.about(left.userId())
			.before("role", left.role()));
	}

}
