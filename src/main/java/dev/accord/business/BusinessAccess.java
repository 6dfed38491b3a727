package dev.accord.business;

import java.util.UUID;

import dev.accord.account.TwoStepStatus;
import dev.accord.platform.ForbiddenException;
import dev.accord.platform.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business-scoped access check, evaluated from the current state on every call: no
 * membership (or a blocked one) is {@link NotFoundException}, so other tenants' accounts stay
 * invisible; a member lacking the right is {@link ForbiddenException}; a member without two-step
 * verification, while the account requires it, is {@link TwoStepRequiredException}.
 */
@Component
public class BusinessAccess {

	private final Memberships memberships;

	private final BusinessAccounts accounts;

	private final TwoStepStatus twoStep;

	BusinessAccess(Memberships memberships, BusinessAccounts accounts, TwoStepStatus twoStep) {
		this.memberships = memberships;
		this.accounts = accounts;
		this.twoStep = twoStep;
	}

	/** The caller's active membership of this business account. */
	@Transactional(readOnly = true)
	public MembershipView member(UUID businessAccountId, UUID userId) {
		MembershipView membership = this.memberships.find(businessAccountId, userId)
			.filter(MembershipView::isActive)
			.orElseThrow(NotFoundException::new);
		if (this.accounts.requiresTwoStep(businessAccountId) && !this.twoStep.enabled(userId)) {
			throw new TwoStepRequiredException(membership.companyName());
		}
		return membership;
	}

	/** The caller's membership, which must be an active Account Administrator's. */
	@Transactional(readOnly = true)
	public MembershipView administrator(UUID businessAccountId, UUID userId) {
		MembershipView membership = member(businessAccountId, userId);
		if (!membership.isAdministrator()) {
			throw new ForbiddenException();
		}
		return membership;
	}

}
