package dev.accord.licensing;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * A key got another name.
 */
public record KeyRenamed(UUID businessAccountId, Actor actor, UUID keyId, String oldName, String newName) {
}
