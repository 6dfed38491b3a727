package dev.accord.domain;

import java.util.UUID;

import dev.accord.shared.Actor;

/** A business account verified a domain: its record was found (the actor is the person who checked, or the system for the scheduled check). */
public record DomainVerified(UUID businessAccountId, Actor actor, UUID domainId, String name) {
}
