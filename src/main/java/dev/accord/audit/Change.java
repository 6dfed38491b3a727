package dev.accord.audit;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * One entry the audit log is about to record, built by the listeners that turn each module's
 * events into entries. {@code before} and {@code after} hold only the fields that changed (or,
 * for creations and deletions, the fields that describe the object), as strings, numbers,
 * booleans or null.
 *
 * @param objectLabel how the object was called at the time: a person's name, a key's name, …
 * @param personId the person the change is about, if any (so the log can be filtered by them)
 */
record Change(UUID businessAccountId, Actor actor, AuditAction action, String objectId,
		String objectLabel, UUID personId, Map<String, Object> before, Map<String, Object> after) {

	public Change {
		Objects.requireNonNull(businessAccountId, "businessAccountId");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(objectId, "objectId");
		before = Collections.unmodifiableMap(new LinkedHashMap<>(before));
		after = Collections.unmodifiableMap(new LinkedHashMap<>(after));
	}

	static Change of(UUID businessAccountId, Actor actor, AuditAction action, Object objectId,
			String objectLabel) {
		return new Change(businessAccountId, actor, action, objectId.toString(), objectLabel, null,
				Map.of(), Map.of());
	}

	/** The same change, about this person. */
	public Change about(UUID person) {
		return new Change(this.businessAccountId, this.actor, this.action, this.objectId,
				this.objectLabel, person, this.before, this.after);
	}

	/** Adds a field that went from one value to another; a field that kept its value is left out. */
	public Change field(String name, Object from, Object to) {
		Object before = plain(from);
		Object after = plain(to);
		if (Objects.equals(before, after)) {
			return this;
		}
		return with(name, before, true).with(name, after, false);
	}

	/** Adds a field that describes the object before the change (e.g. what was deleted). */
	public Change before(String name, Object value) {
		return with(name, plain(value), true);
	}

	/** Adds a field that describes the object after the change (e.g. what was created). */
	public Change after(String name, Object value) {
		return with(name, plain(value), false);
	}

	/** True when no field changed, so there is nothing to record. */
	public boolean isEmpty() {
		return this.before.isEmpty() && this.after.isEmpty();
	}

	private Change with(String name, Object value, boolean toBefore) {
		Map<String, Object> changed = new LinkedHashMap<>(toBefore ? this.before : this.after);
		changed.put(name, value);
		return new Change(this.businessAccountId, this.actor, this.action, this.objectId,
				this.objectLabel, this.personId, toBefore ? changed : this.before, toBefore ? this.after : changed);
	}

	private static Object plain(Object value) {
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		if (value instanceof LocalDate || value instanceof UUID) {
			return value.toString();
		}
		return value.toString();
	}

}
