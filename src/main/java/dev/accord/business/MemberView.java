package dev.accord.business;

import java.time.Instant;
import java.util.UUID;

/** A member as administrators see them in Business Account Users. */
public record MemberView(UUID userId, String email, String firstName, String lastName, Role role,
		MembershipStatus status, String notes, Instant memberSince) {

	public String displayName() {
		return (this.firstName + " " + this.lastName).trim();
	}

}
