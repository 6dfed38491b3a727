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

	private final LicenseKeys keys;

	private final KeyAdministrators administrators;

	LicensingAccess(BusinessAccess business, LicenseKeys keys, KeyAdministrators administrators) {
		this.business = business;
		this.keys = keys;
		this.administrators = administrators;
	}

	/** The caller's rights in the account: 404 for non-members (and blocked members). */
	Rights of(UUID accountId, UUID callerId) {
		MembershipView membership = this.business.member(accountId, callerId);
		return new Rights(accountId, membership.isAdministrator(),
				membership.isAdministrator() ? Set.of() : Set.copyOf(this.administrators.keysOf(accountId, callerId)));
	}

	/** The key, if the caller may see it: other accounts' keys and keys hidden from the caller are 404. */
	LicenseKey visibleKey(Rights rights, UUID keyId) {
		LicenseKey key = this.keys.find(keyId)
			.filter((k) -> rights.accountId().equals(k.accountId()))
			.orElseThrow(NotFoundException::new);
		if (!rights.maySee(key)) {
			throw new ForbiddenException();
		}
		return key;
	}

	record Rights(UUID accountId, boolean administrator, Set<UUID> keys) {

		boolean maySee(LicenseKey key) {
			return this.administrator || this.keys.contains(key.id());
		}

		/** Creating, editing and deleting additional keys: administrators, or the primary key's License Administrators. */
		boolean mayManageAdditionalKeysOf(UUID primaryKeyId) {
			return this.administrator || this.keys.contains(primaryKeyId);
		}

		/** Changing a key: administrators for the Primary Key; for an additional key also its Primary Key's License Administrators. */
		void requireMayManage(LicenseKey key, Subscription subscription) {
			if (key.isPrimary()) {
				requireAdministrator();
			}
			else {
				requireMayCreateKeysIn(subscription);
			}
		}

		void requireMayCreateKeysIn(Subscription subscription) {
			if (!mayManageAdditionalKeysOf(subscription.primaryKey().id())) {
				throw new ForbiddenException();
			}
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
