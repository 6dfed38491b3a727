package dev.accord.audit;

import dev.accord.account.AccountService;
import dev.accord.licensing.ComputerActivated;
import dev.accord.licensing.ComputerBlacklisted;
import dev.accord.licensing.ComputerDeactivated;
import dev.accord.licensing.ComputerEdited;
import dev.accord.licensing.ComputerMoved;
import dev.accord.licensing.ComputerUnblacklisted;
import dev.accord.licensing.KeyCreated;
import dev.accord.licensing.KeyDeleted;
import dev.accord.licensing.KeyRegistered;
import dev.accord.licensing.KeyRenamed;
import dev.accord.licensing.KeyResized;
import dev.accord.licensing.LicenseAdministratorGranted;
import dev.accord.licensing.LicenseAdministratorRemoved;
import dev.accord.licensing.SubscriptionAutoRenewSwitched;
import dev.accord.licensing.SubscriptionProvisioned;
import dev.accord.licensing.SubscriptionRenamed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the licensing module's events into audit entries, in the transaction that published them.
 * Subscriptions, keys and computers not yet registered to a business account have no log; a change
 * in which no field changed is not recorded.
 */
@Component
class LicensingEntries {

	private final AuditRecorder recorder;

	private final AccountService people;

	LicensingEntries(AuditRecorder recorder, AccountService people) {
		this.recorder = recorder;
		this.people = people;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(SubscriptionProvisioned e) {
		if (e.businessAccountId() != null) {
			record(Change.of(e.businessAccountId(), e.actor(), AuditAction.SUBSCRIPTION_PROVISIONED, e.subscriptionId(),
					e.name())
				.after("product", e.product())
				.after("seats", e.seats())
				.after("activationDate", e.activationDate())
				.after("expirationDate", e.expirationDate()));
		}
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(KeyRegistered e) {
		record(Change.of(e.businessAccountId(), e.actor(), AuditAction.KEY_REGISTERED, e.keyId(), e.keyName())
			.after("product", e.product())
			.after("seats", e.seats()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(SubscriptionRenamed e) {
		record(Change.of(e.businessAccountId(), e.actor(), AuditAction.SUBSCRIPTION_RENAMED, e.subscriptionId(),
				e.oldName()).field("name", e.oldName(), e.newName()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(SubscriptionAutoRenewSwitched e) {
		record(Change.of(e.businessAccountId(), e.actor(), AuditAction.SUBSCRIPTION_AUTO_RENEW_SWITCHED,
				e.subscriptionId(), e.name()).field("autoRenew", !e.autoRenew(), e.autoRenew()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(KeyCreated e) {
		record(Change.of(e.businessAccountId(), e.actor(), AuditAction.KEY_CREATED, e.keyId(), e.name())
			.after("name", e.name())
			.after("type", e.type())
			.after("limit", e.limit())
			.after("expiresAt", e.expiresAt()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(KeyRenamed e) {
		record(Change.of(e.businessAccountId(), e.actor(), AuditAction.KEY_RENAMED, e.keyId(), e.oldName())
			.field("name", e.oldName(), e.newName()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(KeyResized e) {
		record(Change.of(e.businessAccountId(), e.actor(), AuditAction.KEY_RESIZED, e.keyId(), e.name())
			.field("limit", e.oldLimit(), e.newLimit()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(KeyDeleted e) {
		record(Change.of(e.businessAccountId(), e.actor(), AuditAction.KEY_DELETED, e.keyId(), e.name())
			.before("name", e.name())
			.before("type", e.type())
			.before("limit", e.limit())
			.before("computers", e.computers()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ComputerActivated e) {
		if (e.businessAccountId() != null) {
			record(Change.of(e.businessAccountId(), e.actor(), AuditAction.COMPUTER_ACTIVATED, e.computerId(),
					e.computerName())
				.after("deviceId", e.deviceId())
				.after("computerName", e.computerName())
				.after("licenseKey", e.keyName())
				.after("ipAddress", e.ipAddress()));
		}
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ComputerDeactivated e) {
		if (e.businessAccountId() != null) {
			record(Change.of(e.businessAccountId(), e.actor(), AuditAction.COMPUTER_DEACTIVATED, e.computerId(),
					e.computerName()).field("status", "ACTIVE", "DEACTIVATED"));
		}
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ComputerBlacklisted e) {
		record(Change.of(e.businessAccountId(), e.actor(), AuditAction.COMPUTER_BLACKLISTED, e.computerId(),
				e.computerName())
			.field("status", e.wasActive() ? "ACTIVE" : "DEACTIVATED", "DEACTIVATED")
			.field("blacklisted", e.wasBlacklisted(), true));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ComputerUnblacklisted e) {
		record(Change.of(e.businessAccountId(), e.actor(), AuditAction.COMPUTER_UNBLACKLISTED, e.computerId(),
				e.computerName()).field("blacklisted", true, false));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ComputerMoved e) {
		record(Change.of(e.businessAccountId(), e.actor(), AuditAction.COMPUTER_MOVED, e.computerId(), e.computerName())
			.field("licenseKey", e.fromKey(), e.toKey()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ComputerEdited e) {
		record(Change.of(e.businessAccountId(), e.actor(), AuditAction.COMPUTER_EDITED, e.computerId(), e.oldName())
			.field("computerName", e.oldName(), e.newName())
			.field("notes", e.oldNotes(), e.newNotes()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(LicenseAdministratorGranted e) {
		record(Change.of(e.businessAccountId(), e.actor(), AuditAction.LICENSE_ADMINISTRATOR_GRANTED, e.userId(),
				nameOf(e.userId())).about(e.userId()).after("licenseKey", e.keyName()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(LicenseAdministratorRemoved e) {
		record(Change.of(e.businessAccountId(), e.actor(), AuditAction.LICENSE_ADMINISTRATOR_REMOVED, e.userId(),
				nameOf(e.userId())).about(e.userId()).before("licenseKey", e.keyName()));
	}

	private String nameOf(java.util.UUID userId) {
		return this.people.find(userId).map((p) -> p.displayName()).orElse(userId.toString());
	}

	private void record(Change change) {
		if (!change.isEmpty()) {
			this.recorder.record(change);
		}
	}

}
