package dev.accord.licensing;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * An additional key got another limit.
 *
 * @param name the key's name after the change
 */
public record KeyResized(UUID businessAccountId, Actor actor, UUID keyId, String name, int oldLimit, int newLimit) {
}
