package dev.accord.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * One entry of the audit log.
 *
 * @param actorName the actor's name when the change was made (a person's name, a computer's name)
 * @param objectLabel the object's name when the change was made
 * @param personId the person the change is about, if any
 */
public record AuditEntry(long id, Instant at, Actor actor, String actorName, AuditAction action, String objectType,
		String objectId, String objectLabel, UUID personId, Map<String, Object> before, Map<String, Object> after,
		String ip) {
}
