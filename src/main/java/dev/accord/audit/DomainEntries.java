package dev.accord.audit;

import dev.accord.business.BusinessAccountService;
import dev.accord.domain.DomainAdded;
import dev.accord.domain.DomainRemoved;
import dev.accord.domain.DomainSettingsChanged;
import dev.accord.domain.DomainVerificationLost;
import dev.accord.domain.DomainVerified;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Turns the domain module's events into audit entries, in the transaction that published them. */
@Component
class DomainEntries {

	private final AuditRecorder recorder;

	private final BusinessAccountService businesses;

	DomainEntries(AuditRecorder recorder, BusinessAccountService businesses) {
		this.recorder = recorder;
		this.businesses = businesses;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(DomainAdded added) {
		this.recorder.record(Change
			.of(added.businessAccountId(), added.actor(), AuditAction.DOMAIN_ADDED, added.domainId(), added.name())
			.after("domain", added.name()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(DomainVerified verified) {
		this.recorder.record(Change
			.of(verified.businessAccountId(), verified.actor(), AuditAction.DOMAIN_VERIFIED, verified.domainId(),
					verified.name())
			.after("domain", verified.name()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(DomainVerificationLost lost) {
		this.recorder.record(Change
			.of(lost.businessAccountId(), lost.actor(), AuditAction.DOMAIN_VERIFICATION_LOST, lost.domainId(),
					lost.name())
			.before("domain", lost.name()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(DomainRemoved removed) {
		this.recorder.record(Change
			.of(removed.businessAccountId(), removed.actor(), AuditAction.DOMAIN_REMOVED, removed.domainId(),
					removed.name())
			.before("domain", removed.name()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(DomainSettingsChanged changed) {
		this.recorder.record(Change
			.of(changed.businessAccountId(), changed.actor(), AuditAction.DOMAIN_SETTINGS_CHANGED,
					changed.businessAccountId(), this.businesses.find(changed.businessAccountId()).companyName())
			.field("inviteOnlyVerifiedDomains", !changed.inviteOnlyVerifiedDomains(),
					changed.inviteOnlyVerifiedDomains()));
	}

}
