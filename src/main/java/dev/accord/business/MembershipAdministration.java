package dev.accord.business;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.accord.account.AccountService;
import dev.accord.account.AccountView;
import dev.accord.mail.Mail;
import dev.accord.mail.MailService;
import dev.accord.platform.NotFoundException;
import dev.accord.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Account Administrators do to memberships: change role and notes, block, unblock and
 * remove. Every change that could take away the last active Account Administrator first locks
 * the business account, then counts, so two administrators acting at once cannot both succeed.
 */
@Service
public class MembershipAdministration {

	private final Memberships memberships;

	private final MemberList memberList;

	private final BusinessAccounts accounts;

	private final BusinessAccess access;

	private final AccountService people;

	private final MailService mail;

	private final ApplicationEventPublisher events;

	MembershipAdministration(Memberships memberships, MemberList memberList, BusinessAccounts accounts,
			BusinessAccess access, AccountService people, MailService mail, ApplicationEventPublisher events) {
		this.events = events;
		this.memberships = memberships;
		this.memberList = memberList;
		this.accounts = accounts;
		this.access = access;
		this.people = people;
		this.mail = mail;
	}

	/** One member, for an administrator; someone who is not a member is {@link NotFoundException}. */
	@Transactional(readOnly = true)
	public MemberView get(UUID accountId, UUID callerId, UUID userId) {
		this.access.administrator(accountId, callerId);
		return this.memberList.one(accountId, userId).orElseThrow(NotFoundException::new);
	}

	/** These members, for an administrator (e.g. the License Administrators of a key), in one query. */
	@Transactional(readOnly = true)
	public java.util.List<MemberView> get(UUID accountId, UUID callerId, java.util.Collection<UUID> userIds) {
		this.access.administrator(accountId, callerId);
		return this.memberList.some(accountId, userIds);
	}

	/**
	 * Changes role, notes and status as asked (null fields stay); demoting or blocking the last
	 * active Account Administrator is a {@link LastAdministratorException} and changes nothing.
	 */
	@Transactional
	public MemberView change(UUID accountId, UUID callerId, UUID userId, MemberChange change) {
		lockAsAdministrator(accountId, callerId);
		return apply(accountId, Actor.person(callerId), userId, change);
	}

	/**
	 * As {@link #change(UUID, UUID, UUID, MemberChange)}, made by the business account's identity
	 * provider (SCIM, single sign-on's role mapping) rather than by an administrator: the caller's
	 * right to do it is the provider's credential, checked by the caller. The last active Account
	 * Administrator is protected all the same ({@link LastAdministratorException}).
	 */
	@Transactional
	public MemberView changeAs(Actor provider, UUID accountId, UUID userId, MemberChange change) {
		this.accounts.lock(accountId);
		return apply(accountId, provider, userId, change);
	}

	private MemberView apply(UUID accountId, Actor actor, UUID userId, MemberChange change) {
		MemberView member = this.memberList.one(accountId, userId).orElseThrow(NotFoundException::new);
		if (change.takesAwayAdministrator(member)) {
			requireAnotherAdministrator(accountId);
		}
		if (change.role() != null && change.role() != member.role()) {
			changeRole(accountId, actor, member, change.role());
		}
		String notes = (change.notes() == null || change.notes().isBlank()) ? null : change.notes();
		if (change.notes() != null && !Objects.equals(notes, member.notes())) {
			this.memberships.changeNotes(accountId, userId, notes);
			this.events.publishEvent(
					new MemberNotesChanged(accountId, actor, userId, member.displayName(), member.notes(), notes));
		}
		if (change.status() != null && change.status() != member.status()) {
			changeStatus(accountId, actor, member, change.status());
		}
		return this.memberList.one(accountId, userId).orElseThrow();
	}

	/** Removes the membership; the person can be invited again. They are told by email. */
	@Transactional
	public void remove(UUID accountId, UUID callerId, UUID userId) {
		lockAsAdministrator(accountId, callerId);
		removeMember(accountId, Actor.person(callerId), userId);
	}

	/**
	 * As {@link #remove(UUID, UUID, UUID)}, made by the business account's identity provider
	 * (SCIM delete); the last active Account Administrator is protected all the same.
	 */
	@Transactional
	public void removeAs(Actor provider, UUID accountId, UUID userId) {
		this.accounts.lock(accountId);
		removeMember(accountId, provider, userId);
	}

	private void removeMember(UUID accountId, Actor actor, UUID userId) {
		MemberView member = this.memberList.one(accountId, userId).orElseThrow(NotFoundException::new);
		if (member.isActiveAdministrator()) {
			requireAnotherAdministrator(accountId);
		}
		notify(accountId, userId, "membership-removed");
		this.events.publishEvent(new MemberRightsEnded(accountId, userId, actor));
		this.events.publishEvent(new MemberRemoved(accountId, actor, userId, member.displayName(), member.email(),
				member.role(), member.status()));
		this.memberships.remove(accountId, userId);
	}

	private void changeRole(UUID accountId, Actor actor, MemberView member, Role role) {
		UUID userId = member.userId();
		this.memberships.changeRole(accountId, userId, role);
		this.events.publishEvent(
				new MemberRoleChanged(accountId, actor, userId, member.displayName(), member.role(), role));
		if (role == Role.ACCOUNT_ADMINISTRATOR) {
			this.events.publishEvent(new MemberRightsEnded(accountId, userId, actor));
		}
	}

	private void changeStatus(UUID accountId, Actor actor, MemberView member, MembershipStatus status) {
		UUID userId = member.userId();
		this.memberships.changeStatus(accountId, userId, status);
		if (status == MembershipStatus.BLOCKED) {
			this.events.publishEvent(new MemberBlocked(accountId, actor, userId, member.displayName()));
			notify(accountId, userId, "membership-blocked");
			this.events.publishEvent(new MemberRightsEnded(accountId, userId, actor));
		}
		else {
			this.events.publishEvent(new MemberUnblocked(accountId, actor, userId, member.displayName()));
		}
	}

	/** Checks, locks, and checks again: the caller may have lost the role while waiting for the lock. */
	private void lockAsAdministrator(UUID accountId, UUID callerId) {
		this.access.administrator(accountId, callerId);
		this.accounts.lock(accountId);
		this.access.administrator(accountId, callerId);
	}

	private void requireAnotherAdministrator(UUID accountId) {
		if (this.memberships.activeAdministrators(accountId) <= 1) {
			throw new LastAdministratorException();
		}
	}

	private void notify(UUID accountId, UUID userId, String template) {
		AccountView person = this.people.get(userId);
		String company = this.accounts.byId(accountId).orElseThrow().companyName();
		Locale locale = person.language().locale();
		this.mail.enqueue(new Mail(person.email(), locale, template, new Object[] { company },
				Map.of("name", person.displayName(), "companyName", company)));
	}

}
