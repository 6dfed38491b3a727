package dev.accord.scim;

import java.util.UUID;

import dev.accord.shared.Actor;

/** An Account Administrator created a SCIM token, published inside that transaction. */
public record ScimTokenCreated(UUID businessAccountId, Actor actor, UUID tokenId, String name) {
}
