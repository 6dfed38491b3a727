package dev.accord.domain;

import java.util.UUID;

import dev.accord.shared.Actor;

/** A business account lost a domain's verification: its record was missing for longer than the grace period (the actor is the system). */
public record DomainVerificationLost(UUID businessAccountId, Actor actor, UUID domainId, String name) {
}
