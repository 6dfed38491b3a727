package dev.accord.audit;

import dev.accord.scim.ScimTokenCreated;
import dev.accord.scim.ScimTokenRevoked;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the SCIM module's token events into audit entries, in the transaction that published them.
 * What SCIM does to members is audited by {@link BusinessEntries}, with the provider as actor.
 */
@Component
class ScimEntries {

	private final AuditRecorder recorder;

	ScimEntries(AuditRecorder recorder) {
		this.recorder = recorder;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ScimTokenCreated created) {
		this.recorder.record(Change
			.of(created.businessAccountId(), created.actor(), AuditAction.SCIM_TOKEN_CREATED, created.tokenId(),
					created.name()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ScimTokenRevoked revoked) {
		this.recorder.record(Change
			.of(revoked.businessAccountId(), revoked.actor(), AuditAction.SCIM_TOKEN_REVOKED, revoked.tokenId(),
					revoked.name()));
	}

}
