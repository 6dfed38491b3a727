package dev.accord.scim;

import java.time.Instant;
import java.util.UUID;

/** A SCIM token as the Provisioning page and the API list it; the token itself is never shown again. */
public record ScimTokenView(UUID id, String name, String createdBy, Instant createdAt, Instant lastUsedAt,
		Instant revokedAt) {

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

}
