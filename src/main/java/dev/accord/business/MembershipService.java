package dev.accord.business;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.accord.account.AccountService;
import dev.accord.shared.Actor;
import dev.accord.shared.EmailAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's memberships, the Account Admins of an account, and leaving an account. */
@Service
public class MembershipService {

	private final Memberships memberships;

	private final BusinessAccounts accounts;

	private final BusinessAccess access;

	private final Clock clock;

	private final MemberList memberList;

	private final ApplicationEventPublisher events;

	private final AccountService people;

	MembershipService(Memberships memberships, BusinessAccounts accounts, BusinessAccess access, Clock clock,
			MemberList memberList, ApplicationEventPublisher events, AccountService people) {
		this.events = events;
		this.people = people;
		this.memberList = memberList;
		this.memberships = memberships;
		this.accounts = accounts;
		this.access = access;
		this.clock = clock;
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

	/** Role changes this person has not been told about yet; they count as told from now on. */
	@Transactional
	public List<MembershipView> takeRoleNotices(UUID userId) {
		List<MembershipView> notices = this.memberships.ofUser(userId)
			.stream()
			.filter((m) -> m.roleNotice() != null && m.isActive())
			.toList();
		if (!notices.isEmpty()) {
			this.memberships.clearRoleNotices(userId);
		}
		return notices;
	}

	/** The membership status of each of these (normalized) emails that belongs to a member, in one query. */
	@Transactional(readOnly = true)
	public java.util.Map<String, MembershipStatus> statusesOf(UUID businessAccountId, java.util.Collection<String> emails) {
		return this.memberships.statusesByEmail(businessAccountId, emails);
	}

	/** The membership status of the person with this email, if they are a member. */
	@Transactional(readOnly = true)
	public Optional<MembershipStatus> statusOf(UUID businessAccountId, String email) {
		return this.memberships.statusByEmail(businessAccountId, EmailAddress.normalize(email));
	}

	/**
	 * Adds the person as a Regular Member, as when an invitation is accepted; a person who is a
	 * member already keeps their membership as it is. Returns the resulting membership.
	 */
	@Transactional
	public MembershipView join(UUID businessAccountId, UUID userId) {
		return join(businessAccountId, userId, Role.REGULAR_MEMBER);
	}

	/** As {@link #join(UUID, UUID)}, with the role the invitation gave (Invite as). */
	@Transactional
	public MembershipView join(UUID businessAccountId, UUID userId, Role role) {
		return join(businessAccountId, userId, role, dev.accord.shared.Actor.person(userId));
	}

	/**
	 * As {@link #join(UUID, UUID, Role)}, made by {@code actor}: the business account's identity
	 * provider (single sign-on's "Join on first sign-in", SCIM provisioning). Someone who is a
	 * member already keeps their membership as it is, blocked included.
	 */
	@Transactional
	public MembershipView join(UUID businessAccountId, UUID userId, Role role, dev.accord.shared.Actor actor) {
		Optional<MembershipView> existing = this.memberships.find(businessAccountId, userId);
		if (existing.isPresent()) {
			return existing.get();
		}
		this.memberships.add(businessAccountId, this.people.get(userId), role, this.clock.instant());
		MemberView member = this.memberList.one(businessAccountId, userId).orElseThrow();
		this.events.publishEvent(
				new MemberJoined(businessAccountId, userId, member.displayName(), member.email(), member.role(), actor));
		return this.memberships.find(businessAccountId, userId).orElseThrow();
	}

	/** A page of the account's members, for an administrator. */
	@Transactional(readOnly = true)
	public MemberPage members(UUID businessAccountId, UUID callerId, MemberQuery query) {
		this.access.administrator(businessAccountId, callerId);
		return this.memberList.page(businessAccountId, query);
	}

	/**
	 * How many members the query's search and filters find (its cursor aside), for an administrator;
	 * counts at most {@link dev.accord.platform.ListRange#COUNT_CAP} and one.
	 */
	@Transactional(readOnly = true)
	public long countMembers(UUID businessAccountId, UUID callerId, MemberQuery query) {
		this.access.administrator(businessAccountId, callerId);
		return this.memberList.count(businessAccountId, query);
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
		MemberView member = this.memberList.one(businessAccountId, callerId).orElseThrow();
		Actor actor = Actor.person(callerId);
		this.events.publishEvent(new MemberRightsEnded(businessAccountId, callerId, actor));
		this.events.publishEvent(new MemberLeft(businessAccountId, callerId, member.displayName(), member.role()));
		this.memberships.remove(businessAccountId, callerId);
	}

}
