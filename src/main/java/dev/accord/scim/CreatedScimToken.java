package dev.accord.scim;

import java.time.Instant;
import java.util.UUID;

/** A SCIM token just created; {@code token} is shown this once and only its SHA-256 is kept. */
public record CreatedScimToken(UUID id, String name, String token, Instant createdAt) {
}
