package dev.accord.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes entries older than {@code accord.audit.retention}, in batches so that no transaction
 * grows large. Without a retention period it does nothing. This is the only deletion of entries.
 */
@Component
class AuditRetention {

	private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

	private static final int BATCH = 5_000;

	private final AuditEvents events;

	private final AuditSettings settings;

	private final Clock clock;

	AuditRetention(AuditEvents events, AuditSettings settings, Clock clock) {
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${accord.audit.retention-check:PT1H}", initialDelay = 120_000)
	void scheduled() {
		removeExpired();
	}

	/** Removes what the retention period no longer keeps; returns how many entries went. */
	int removeExpired() {
		if (this.settings.retention() == null || this.settings.retention().isZero()) {
			return 0;
		}
		Instant cutoff = this.clock.instant().atZone(ZoneOffset.UTC).minus(this.settings.retention()).toInstant();
		int removed = 0;
		int batch;
		do {
			batch = this.events.deleteBefore(cutoff, BATCH);
			removed += batch;
		}
		while (batch == BATCH);
		if (removed > 0) {
			log.info("Removed {} audit entries older than {}", removed, cutoff);
		}
		return removed;
	}

}
