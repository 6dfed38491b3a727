package dev.accord.business;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.accord.account.AccountDeleted;
import dev.accord.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person deleting their account leaves every business account, in that transaction, as if they
 * left each one: their rights end ({@link MemberRightsEnded}, so License Administrator rights go),
 * the leaving is published ({@link MemberLeft}, so the Activity records it) and the membership is
 * removed. The last active Account Administrator of a business account cannot: the accounts are
 * locked in id order (as every change of administrators locks its account first) before the
 * administrators are counted, so two last administrators deleting at the same moment leave one.
 */
@Component
class DeletedAccounts {

	private final Memberships memberships;

	private final BusinessAccounts accounts;

	private final ApplicationEventPublisher events;

	DeletedAccounts(Memberships memberships, BusinessAccounts accounts, ApplicationEventPublisher events) {
		this.memberships = memberships;
		this.accounts = accounts;
		this.events = events;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(AccountDeleted deleted) {
		UUID userId = deleted.userId();
		this.memberships.ofUser(userId)
			.stream()
			.map(MembershipView::businessAccountId)
			.sorted(Comparator.naturalOrder())
			.forEach(this.accounts::lock);
		List<MembershipView> memberships = this.memberships.ofUser(userId);
		List<String> lastAdministratorOf = memberships.stream()
			.filter((m) -> m.isAdministrator() && this.memberships.activeAdministrators(m.businessAccountId()) <= 1)
			.map(MembershipView::companyName)
			.toList();
		if (!lastAdministratorOf.isEmpty()) {
			throw new LastAdministratorException("account.delete.lastAdministrator",
					lastAdministratorOf.stream().collect(Collectors.joining(", ")));
		}
		Actor actor = Actor.person(userId);
		for (MembershipView membership : memberships) {
			this.events.publishEvent(new MemberRightsEnded(membership.businessAccountId(), userId, actor));
			this.events.publishEvent(new MemberLeft(membership.businessAccountId(), userId, deleted.name(), membership.role()));
			this.memberships.remove(membership.businessAccountId(), userId);
		}
	}

}
