package dev.accord.licensing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps check-ins reads: the time of each computer's last check-in is collected in memory and
 * written in batches every half second (and on shutdown). At worst a crash forgets the last
 * seconds of "last check-in" times; validity never depends on them.
 */
@Component
class CheckInRecorder {

	private static final int BATCH = 500;

	private final Map<UUID, Instant> pending = new ConcurrentHashMap<>();

	private final JdbcTemplate jdbc;

	CheckInRecorder(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void record(UUID activationId, Instant at) {
		this.pending.merge(activationId, at, (a, b) -> a.isAfter(b) ? a : b);
	}

	@Scheduled(fixedDelayString = "${accord.licensing.check-in-flush-interval:PT0.5S}")
	@jakarta.annotation.PreDestroy
	void flush() {
		if (this.pending.isEmpty()) {
			return;
		}
		List<Object[]> batch = new ArrayList<>();
		for (UUID id : List.copyOf(this.pending.keySet())) {
			Instant at = this.pending.remove(id);
			if (at != null) {
				batch.add(new Object[] { Timestamps.toDb(at), id, Timestamps.toDb(at) });
			}
		}
		// Small batches, each its own statement batch, so that no single write holds the database long.
		for (int from = 0; from < batch.size(); from += BATCH) {
			this.jdbc.batchUpdate("UPDATE activation SET last_check_in_at = ? WHERE id = ? "
					+ "AND (last_check_in_at IS NULL OR last_check_in_at < ?)",
					batch.subList(from, Math.min(from + BATCH, batch.size())));
		}
	}

}
