package dev.accord.domain;

import java.util.UUID;

import dev.accord.shared.Actor;

/** A business account added (claimed) a domain; it is pending until its record is found. */
public record DomainAdded(UUID businessAccountId, Actor actor, UUID domainId, String name) {
}
