package dev.accord.licensing;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The devices each business account refuses on all its keys ({@code device_blacklist}). */
@Repository
class DeviceBlacklist {

	private final JdbcClient jdbc;

	DeviceBlacklist(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the account refuses the device; a key not yet registered refuses none. */
	boolean contains(UUID accountId, String deviceId) {
		return accountId != null && this.jdbc
			.sql("SELECT COUNT(*) FROM device_blacklist WHERE business_account_id = ? AND device_id = ?")
			.params(accountId, deviceId)
			.query(Long.class)
			.single() > 0;
	}

	/** Which of these devices the account refuses, in one query. */
	Set<String> among(UUID accountId, List<String> deviceIds) {
		if (deviceIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc
			.sql("SELECT device_id FROM device_blacklist WHERE business_account_id = :account AND device_id IN (:devices)")
			.param("account", accountId)
			.param("devices", deviceIds)
			.query(String.class)
			.list());
	}

	void add(UUID accountId, String deviceId, Instant now) {
		if (!contains(accountId, deviceId)) {
			this.jdbc.sql("INSERT INTO device_blacklist (business_account_id, device_id, created_at) VALUES (?, ?, ?)")
				.params(accountId, deviceId, Timestamps.toDb(now))
				.update();
		}
	}

	void remove(UUID accountId, String deviceId) {
		this.jdbc.sql("DELETE FROM device_blacklist WHERE business_account_id = ? AND device_id = ?")
			.params(accountId, deviceId)
			.update();
	}

}
