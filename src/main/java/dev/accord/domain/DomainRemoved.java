package dev.accord.domain;

import java.util.UUID;

import dev.accord.shared.Actor;

/** A business account removed a domain it had claimed. */
public record DomainRemoved(UUID businessAccountId, Actor actor, UUID domainId, String name) {
}
