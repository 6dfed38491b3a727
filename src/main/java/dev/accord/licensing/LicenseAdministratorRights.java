package dev.accord.licensing;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.accord.business.MemberRightsEnded;
import dev.accord.shared.AuditAction;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Ends a member's License Administrator rights in the same transaction as the block, removal or promotion. */
@Component
class LicenseAdministratorRights {

	private final LicensingStore store;

	private final LicensingAudit audit;

	LicenseAdministratorRights(LicensingStore store, LicensingAudit audit) {
		this.store = store;
		this.audit = audit;
	}

	@EventListener
	void on(MemberRightsEnded event) {
		var ended = this.store.revokeAll(event.businessAccountId(), event.userId());
		if (ended.isEmpty()) {
			return;
		}
		Map<UUID, Rows.Key> keys = this.store.keysOfAccount(event.businessAccountId())
			.stream()
			.collect(Collectors.toMap(Rows.Key::id, Function.identity()));
		ended.forEach((keyId) -> this.audit.administrator(event.businessAccountId(), event.actor(),
				AuditAction.LICENSE_ADMINISTRATOR_REMOVED, event.userId(), keys.get(keyId)));
	}

}
