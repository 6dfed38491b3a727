package dev.accord.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.account.PersonalData;
import org.springframework.stereotype.Component;

/**
 * The Activity entries by the person or about them, in every business account, newest first, for
 * "Download my data": at most {@link #MAX_ENTRIES} (two index-friendly branches, merged, in one
 * query). The address of an entry is given only where the person made the change.
 */
@Component
class ActivityData implements PersonalData {

	/** The most entries one export holds; {@code complete} is false when there were more. */
	static final int MAX_ENTRIES = 10_000;

	private final AuditEvents events;

	ActivityData(AuditEvents events) {
		this.events = events;
	}

	@Override
	public String section() {
		return "activity";
	}

	@Override
	public Exported of(UUID userId) {
		List<AuditEvents.Located> found = this.events.byOrAbout(userId, MAX_ENTRIES + 1);
		List<Entry> entries = found.stream().limit(MAX_ENTRIES).map((located) -> entry(located, userId)).toList();
		return new Exported(entries, found.size() <= MAX_ENTRIES);
	}

	private static Entry entry(AuditEvents.Located located, UUID userId) {
		AuditEntry e = located.entry();
		boolean byThem = userId.equals(e.actor().userId());
		return new Entry(located.businessAccountId(), e.at(), new Actor(e.actor().type().name(), e.actor().id(),
				e.actorName()), e.action().name(), e.objectType(), e.objectId(), e.objectLabel(), e.personId(),
				e.before(), e.after(), byThem ? e.ip() : null);
	}

	record Exported(List<Entry> entries, boolean complete) {
	}

	record Actor(String type, String id, String name) {
	}

	record Entry(UUID businessAccountId, Instant at, Actor actor, String action, String objectType, String objectId,
			String objectLabel, UUID personId, Map<String, Object> before, Map<String, Object> after, String ip) {
	}

}
