package dev.accord.business;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's memberships, the Account Admins of an account, and leaving an account. */
@Service
public class MembershipService {

	private final Memberships memberships;

	private final BusinessAccounts accounts;

	private final BusinessAccess access;

	MembershipService(Memberships memberships, BusinessAccounts accounts, BusinessAccess access) {
		this.memberships = memberships;
		this.accounts = accounts;
		this.access = access;
	}

	/** Every membership of the person, blocked ones included, ordered by company name. */
	@Transactional(readOnly = true)
	public List<MembershipView> membershipsOf(UUID userId) {
		return this.memberships.ofUser(userId);
	}

	/** The active Account Administrators, for one of the account's active members. */
	@Transactional(readOnly = true)
	public List<AdministratorView> administrators(UUID businessAccountId, UUID callerId) {
		this.access.member(businessAccountId, callerId);
		return this.memberships.administrators(businessAccountId);
	}

	/**
	 * The caller leaves the business account. The last active Account Administrator cannot leave
	 * ({@link LastAdministratorException}), also when two administrators leave at the same moment:
	 * the account row is locked before the administrators are counted.
	 */
	@Transactional
	public void leave(UUID businessAccountId, UUID callerId) {
		this.access.member(businessAccountId, callerId);
		this.accounts.lock(businessAccountId);
		MembershipView membership = this.access.member(businessAccountId, callerId);
		if (membership.isAdministrator() && this.memberships.activeAdministrators(businessAccountId) <= 1) {
			throw new LastAdministratorException();
		}
		this.memberships.remove(businessAccountId, callerId);
	}

}
