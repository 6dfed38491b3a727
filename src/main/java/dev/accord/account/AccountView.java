package dev.accord.account;

import java.time.Instant;
import java.util.UUID;

import dev.accord.shared.Language;

/** A personal account as other modules and screens see it. */
public record AccountView(UUID id, String email, String firstName, String lastName, Language language,
		boolean emailVerified, Instant createdAt) {

	public String displayName() {
		return (this.firstName + " " + this.lastName).trim();
	}

}
