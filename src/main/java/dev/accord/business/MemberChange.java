package dev.accord.business;

import dev.accord.platform.PlainText;
import dev.accord.platform.ValidationException;

/**
 * A change an administrator makes to a membership; null fields stay as they are.
 *
 * @param role the new role
 * @param notes the new notes (up to {@value #MAX_NOTES} characters; empty clears them)
 * @param status ACTIVE to unblock, BLOCKED to block
 */
public record MemberChange(Role role, String notes, MembershipStatus status) {

	public static final int MAX_NOTES = 2000;

	public MemberChange {
		if (notes != null && notes.length() > MAX_NOTES) {
			throw ValidationException.of("notes", "membership.notes.tooLong");
		}
		PlainText.requireMultiLine("notes", notes);
	}

	/**
	 * Whether this change would take away one of the account's active Account Administrators
	 * (demoting or blocking them), which is allowed only while another one remains.
	 */
	public boolean takesAwayAdministrator(MemberView member) {
		boolean demotes = this.role != null && this.role != Role.ACCOUNT_ADMINISTRATOR;
		boolean blocks = this.status == MembershipStatus.BLOCKED;
		return member.isActiveAdministrator() && (demotes || blocks);
	}

}
