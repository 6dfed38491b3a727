package dev.accord.account;

import java.util.UUID;

/**
 * A person changed their name, published inside that transaction (only when the first or last
 * name changed; a new email is {@link EmailChanged}). Modules that keep a copy of the name, for
 * searching and sorting by index, update it here.
 */
public record ProfileChanged(UUID userId, String firstName, String lastName) {
}
