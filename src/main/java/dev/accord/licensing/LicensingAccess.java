package dev.accord.licensing;

import java.util.Set;
import java.util.UUID;

import dev.accord.business.BusinessAccess;
import dev.accord.business.MembershipView;
import dev.accord.platform.ForbiddenException;
import dev.accord.platform.NotFoundException;
import org.springframework.stereotype.Component;

/** Who may see and manage which keys, from the current state on every call (spec §1). */
@Component
class LicensingAccess {

	private final BusinessAccess business;

	private final LicensingStore store;

	LicensingAccess(BusinessAccess business, LicensingStore store) {
		this.business = business;
		this.store = store;
	}

	/** The caller's rights in the account: 404 for non-members (and blocked members). */
	Rights of(UUID accountId, UUID callerId) {
		MembershipView membership = this.business.member(accountId, callerId);
		return new Rights(accountId, membership.isAdministrator(),
				membership.isAdministrator() ? Set.of() : Set.copyOf(this.store.administeredKeys(accountId, callerId)));
	}

	/** The key, if the caller may see it: other accounts' keys and keys hidden from the caller are 404. */
	Rows.Key visibleKey(Rights rights, UUID keyId) {
		Rows.Key key = this.store.key(keyId)
			.filter((k) -> rights.accountId().equals(k.accountId()))
			.orElseThrow(NotFoundException::new);
		if (!rights.maySee(key)) {
			throw new ForbiddenException();
		}
		return key;
	}

	record Rights(UUID accountId, boolean administrator, Set<UUID> keys) {

		boolean maySee(Rows.Key key) {
			return this.administrator || this.keys.contains(key.id());
		}

		/** Creating, editing and deleting additional keys: administrators, or the primary key's License Administrators. */
		boolean mayManageAdditionalKeysOf(UUID primaryKeyId) {
			return this.administrator || this.keys.contains(primaryKeyId);
		}

		void requireAdministrator() {
			if (!this.administrator) {
				throw new ForbiddenException();
			}
		}

		void requireAnyRight() {
			if (!this.administrator && this.keys.isEmpty()) {
				throw new ForbiddenException();
			}
		}

	}

}
