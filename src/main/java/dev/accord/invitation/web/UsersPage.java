package dev.accord.invitation.web;

import java.util.List;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.account.TwoStepStatus;
import dev.accord.business.BusinessAccess;
import dev.accord.business.BusinessAccountService;
import dev.accord.business.MemberPage;
import dev.accord.business.MemberQuery;
import dev.accord.business.MemberSort;
import dev.accord.business.MemberView;
import dev.accord.business.MembershipService;
import dev.accord.business.MembershipStatus;
import dev.accord.business.Role;
import dev.accord.invitation.InvitationPage;
import dev.accord.invitation.InvitationQueries;
import dev.accord.invitation.InvitationStatus;
import dev.accord.platform.FilterChips;
import dev.accord.platform.Pager;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the Business Account Users page shows, for its own handler and for the Invite Users
 * dialog's page without JavaScript: the account, a page of members and a page of pending
 * invitations (keyset pages of {@value #PAGE_SIZE}).
 */
@Component
class UsersPage {

	static final String VIEW = "invitation/users";

	static final int PAGE_SIZE = 50;

	private final MembershipService memberships;

	private final InvitationQueries invitations;

	private final BusinessAccess access;

	private final BusinessAccountService businesses;

	private final TwoStepStatus twoStep;

	UsersPage(MembershipService memberships, InvitationQueries invitations, BusinessAccess access,
			BusinessAccountService businesses, TwoStepStatus twoStep) {
		this.twoStep = twoStep;
		this.memberships = memberships;
		this.invitations = invitations;
		this.access = access;
		this.businesses = businesses;
	}

	/** The account and the caller's membership, which must be an Account Administrator's. */
	void context(UUID id, AccordUser user, Model model) {
		model.addAttribute("membership", this.access.administrator(id, user.id()));
		model.addAttribute("business", this.businesses.get(id, user.id()));
	}

	/** The members as filtered, and the pending invitations from the filter's cursor, each with its pager. */
	void lists(UUID id, AccordUser user, UsersFilter filter, Model model) {
		MemberQuery query = filter.query(PAGE_SIZE);
		MemberPage members = this.memberships.members(id, user.id(), query);
		FilterChips links = links(id, filter);
		model.addAttribute("members", members);
		// Who has a second step, for the page's members at once (not one question per row).
		model.addAttribute("twoStep",
				this.twoStep.enabledAmong(members.items().stream().map(MemberView::userId).toList()));
		model.addAttribute("query", query);
		model.addAttribute("memberFilters", links);
		model.addAttribute("memberPager", Pager.of(members.offset(), members.items().size(), members.previousCursor(),
				members.nextCursor(), this.memberships.countMembers(id, user.id(), query), links, "cursor",
				"pending", filter.getPending()));
		model.addAttribute("roles", Role.values());
		model.addAttribute("statuses", MembershipStatus.values());
		model.addAttribute("sorts", MemberSort.values());
		InvitationPage page = this.invitations.page(id, user.id(), InvitationStatus.PENDING, filter.getPending(),
				PAGE_SIZE);
		model.addAttribute("pending", page.items());
		model.addAttribute("pendingPager", Pager.of(page.offset(), page.items().size(), page.previousCursor(),
				page.nextCursor(), this.invitations.count(id, user.id(), InvitationStatus.PENDING), links, "pending",
				"cursor", filter.getCursor()));
	}

	/** The Users page as filtered: its chips, and the base of its links (the sort is kept, cursors are not). */
	static FilterChips links(UUID id, UsersFilter filter) {
		return FilterChips.at("/business/" + id + "/users")
			.text("q", "users.chip.search", filter.search())
			.choice("role", "users.filter.role", names(filter.getRole()), keys(filter.getRole()))
			.choice("status", "users.filter.status", names(filter.getStatus()), keys(filter.getStatus()))
			.keep("sort", filter.getSort());
	}

	private static List<String> names(Enum<?> chosen) {
		return (chosen != null) ? List.of(chosen.name()) : List.of();
	}

	private static List<String> keys(Role role) {
		return (role != null) ? List.of(role.messageKey()) : List.of();
	}

	private static List<String> keys(MembershipStatus status) {
		return (status != null) ? List.of(status.messageKey()) : List.of();
	}

}
