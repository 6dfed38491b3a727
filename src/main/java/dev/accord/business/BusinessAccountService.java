package dev.accord.business;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.accord.account.AccountService;
import dev.accord.account.TwoStepStatus;
import dev.accord.platform.NotFoundException;
import dev.accord.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating business accounts and keeping their company information. */
@Service
public class BusinessAccountService {

	private final BusinessAccounts accounts;

	private final Memberships memberships;

	private final BusinessAccess access;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final AccountService people;

	private final TwoStepStatus twoStep;

	BusinessAccountService(BusinessAccounts accounts, Memberships memberships, BusinessAccess access, Clock clock,
			ApplicationEventPublisher events, AccountService people, TwoStepStatus twoStep) {
		this.twoStep = twoStep;
		this.events = events;
		this.people = people;
		this.accounts = accounts;
		this.memberships = memberships;
		this.access = access;
		this.clock = clock;
	}

	/** Creates a business account whose creator becomes its first Account Administrator. */
	@Transactional
	public BusinessAccountView create(UUID creatorId, CompanyInfo info) {
		UUID id = UUID.randomUUID();
		var now = this.clock.instant();
		this.accounts.add(id, info, now);
		this.memberships.add(id, this.people.get(creatorId), Role.ACCOUNT_ADMINISTRATOR, now);
		return this.accounts.byId(id).orElseThrow();
	}

	/** The business account, for one of its active members. */
	@Transactional(readOnly = true)
	public BusinessAccountView get(UUID businessAccountId, UUID callerId) {
		this.access.member(businessAccountId, callerId);
		return this.accounts.byId(businessAccountId).orElseThrow(NotFoundException::new);
	}

	/** The business account without an access check, for modules acting on its behalf (e.g. mail). */
	@Transactional(readOnly = true)
	public BusinessAccountView find(UUID businessAccountId) {
		return this.accounts.byId(businessAccountId).orElseThrow(NotFoundException::new);
	}

	/** The company names of these business accounts, by id, in one query; unknown ids are left out. */
	@Transactional(readOnly = true)
	public Map<UUID, String> companyNames(Collection<UUID> businessAccountIds) {
		return this.accounts.byIds(businessAccountIds)
			.stream()
			.collect(Collectors.toMap(BusinessAccountView::id, BusinessAccountView::companyName));
	}

	/**
	 * Locks the business account until the caller's transaction ends, so that changes which
	 * count something of this account (administrators, invitations sent) happen one at a time.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public void lock(UUID businessAccountId) {
		this.accounts.lock(businessAccountId);
	}

	/** Changes the company information; administrators only. */
	@Transactional
	public BusinessAccountView changeCompanyInfo(UUID businessAccountId, UUID callerId, CompanyInfo info) {
		this.access.administrator(businessAccountId, callerId);
		BusinessAccountView before = this.accounts.byId(businessAccountId).orElseThrow(NotFoundException::new);
		this.accounts.change(businessAccountId, info);
		CompanyInfo previous = new CompanyInfo(before.companyName(), before.country(), before.postcode(),
				before.phone());
		if (!previous.equals(info)) {
			this.events.publishEvent(new CompanyInfoChanged(businessAccountId, Actor.person(callerId), previous, info));
		}
		return this.accounts.byId(businessAccountId).orElseThrow(NotFoundException::new);
	}

	/**
	 * Switches "Require two-step verification"; administrators only. Switching it on is refused
	 * with {@link TwoStepNotSetUpException} while the caller has no second step themselves.
	 */
	@Transactional
	public BusinessAccountView requireTwoStep(UUID businessAccountId, UUID callerId, boolean required) {
		this.access.administrator(businessAccountId, callerId);
		if (required && !this.twoStep.enabled(callerId)) {
			throw new TwoStepNotSetUpException();
		}
		this.accounts.lock(businessAccountId);
		BusinessAccountView before = this.accounts.byId(businessAccountId).orElseThrow(NotFoundException::new);
		if (before.requireTwoStep() != required) {
			this.accounts.requireTwoStep(businessAccountId, required);
			this.events.publishEvent(new TwoStepRequirementSwitched(businessAccountId, before.companyName(),
					Actor.person(callerId), required));
		}
		return this.accounts.byId(businessAccountId).orElseThrow(NotFoundException::new);
	}

}
