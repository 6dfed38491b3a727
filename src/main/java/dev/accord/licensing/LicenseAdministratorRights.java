package dev.accord.licensing;

import dev.accord.business.MemberRightsEnded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Ends a member's License Administrator rights in the same transaction as the block, removal or promotion. */
@Component
class LicenseAdministratorRights {

	private final LicensingStore store;

	LicenseAdministratorRights(LicensingStore store) {
		this.store = store;
	}

	@EventListener
	void on(MemberRightsEnded event) {
		this.store.revokeAll(event.businessAccountId(), event.userId());
	}

}
