package dev.accord.business;

import java.time.Instant;
import java.util.UUID;

/** A member as administrators see them in Business Account Users. */
public record MemberView(UUID userId, String email, String firstName, String lastName, Role role,
		MembershipStatus status, String notes, Instant memberSince) {

	public String displayName() {
		return (this.firstName + " " + this.lastName).trim();
	}

	/** An active Account Administrator: one of those of whom the account must keep at least one. */
	public boolean isActiveAdministrator() {
		return this.role == Role.ACCOUNT_ADMINISTRATOR && this.status == MembershipStatus.ACTIVE;
	}

}
