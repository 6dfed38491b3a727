package dev.accord.business;

import java.time.Instant;
import java.util.UUID;

/** A person's membership, with the company's name for display. *
 * @param roleNotice the new role to tell the member about once, or null
 */
public record MembershipView(UUID businessAccountId, String companyName, UUID userId, Role role,
		MembershipStatus status, Instant memberSince, Role roleNotice) {

	public boolean isAdministrator() {
		return this.role == Role.ACCOUNT_ADMINISTRATOR && this.status == MembershipStatus.ACTIVE;
	}

	public boolean isActive() {
		return this.status == MembershipStatus.ACTIVE;
	}

}
