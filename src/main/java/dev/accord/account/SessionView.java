package dev.accord.account;

import java.time.Instant;
import java.util.UUID;

/**
 * One of a person's signed-in sessions. The id is the session's row key in the database, never the
 * value of its cookie: showing it signs nobody in.
 *
 * @param browser the browser and its major version, or null when the user agent does not say
 * @param os the operating system and its major version, or null when the user agent does not say
 * @param address the client address at sign-in, or null for a session from before addresses were kept
 * @param current whether this is the session of the request that asked
 */
public record SessionView(UUID id, String browser, String os, String address, Instant startedAt, Instant lastSeenAt,
		boolean current) {
}
