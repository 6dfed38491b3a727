package dev.accord.licensing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.accord.platform.ListRange;
import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored activations ({@code activation}). {@link ActivationStatus} is stored by name, and this
 * is the one place that maps it: statements bind {@code :active}, never a literal.
 */
@Repository
class Activations {

	private static final String ACTIVATION = "SELECT id, license_key_id, subscription_id, device_id, computer_name, "
			+ "serial_number, mac_address, ip_address, status, activated_at, last_check_in_at, notes FROM activation";

	private static final String ACTIVE = ActivationStatus.ACTIVE.name();

	private static final String BLACKLISTED = "EXISTS (SELECT 1 FROM device_blacklist b"
			+ " WHERE b.business_account_id = :account AND b.device_id = activation.device_id)";

	private final JdbcClient jdbc;

	Activations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Activation> find(UUID id) {
		return this.jdbc.sql(ACTIVATION + " WHERE id = ?").param(id).query(Activations::read).optional();
	}

	/** The device's activation on the key, active or not. */
	Optional<Activation> onKey(UUID keyId, String deviceId) {
		return this.jdbc.sql(ACTIVATION + " WHERE license_key_id = ? AND device_id = ?")
			.params(keyId, deviceId)
			.query(Activations::read)
			.optional();
	}

	/** The device's active computers on any key of the business account. */
	List<Activation> activeOnAccount(UUID accountId, String deviceId) {
		return this.jdbc.sql(ACTIVATION + " WHERE device_id = :device AND status = :active AND license_key_id IN"
				+ " (SELECT id FROM license_key WHERE business_account_id = :account)")
			.param("device", deviceId)
			.param("active", ACTIVE)
			.param("account", accountId)
			.query(Activations::read)
			.list();
	}

	void add(Activation a) {
		this.jdbc.sql("""
				INSERT INTO activation (id, license_key_id, subscription_id, device_id, computer_name, serial_number,
				                        mac_address, ip_address, status, activated_at, last_check_in_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), a.keyId(), a.subscriptionId(), a.deviceId(), a.computerName(), a.serialNumber(),
					a.macAddress(), a.ipAddress(), a.status().name(), Timestamps.toDb(a.activatedAt()),
					Timestamps.toDb(a.lastCheckInAt()))
			.update();
	}

	/** Writes what a reactivation changes: the status, what the device told, and the times. */
	void reactivate(Activation a) {
		this.jdbc.sql("""
				UPDATE activation SET status = ?, computer_name = ?, serial_number = ?, mac_address = ?,
				       ip_address = ?, activated_at = ?, last_check_in_at = ? WHERE id = ?""")
			.params(a.status().name(), a.computerName(), a.serialNumber(), a.macAddress(), a.ipAddress(),
					Timestamps.toDb(a.activatedAt()), Timestamps.toDb(a.lastCheckInAt()), a.id())
			.update();
	}

	/** Marks the activation deactivated if it was active; true when it was. */
	boolean deactivate(UUID id) {
		return this.jdbc.sql("UPDATE activation SET status = :deactivated WHERE id = :id AND status = :active")
			.param("deactivated", ActivationStatus.DEACTIVATED.name())
			.param("id", id)
			.param("active", ACTIVE)
			.update() == 1;
	}

	/** Writes the computer's name and notes. */
	void edit(Activation a) {
		this.jdbc.sql("UPDATE activation SET computer_name = ?, notes = ? WHERE id = ?")
			.params(a.computerName(), a.notes(), a.id())
			.update();
	}

	/** Writes the computer's key. */
	void move(Activation a) {
		this.jdbc.sql("UPDATE activation SET license_key_id = ? WHERE id = ?").params(a.keyId(), a.id()).update();
	}

	/**
	 * The device's activation on the key (if any) and whether the account blacklists it: the check-in's
	 * one statement, over unique indexes.
	 */
	DeviceState deviceState(KeyFacts key, String deviceId) {
		return this.jdbc.sql("""
				SELECT a.id, a.status,
				       EXISTS (SELECT 1 FROM device_blacklist b
				               WHERE b.business_account_id = :account AND b.device_id = :device) AS blacklisted
				FROM (SELECT 1 AS one) device
				LEFT JOIN activation a ON a.license_key_id = :key AND a.device_id = :device""")
			.param("key", key.keyId())
			.param("account", key.accountId())
			.param("device", deviceId)
			.query((rs, n) -> new DeviceState(rs.getObject("id", UUID.class), status(rs.getString("status")),
					rs.getBoolean("blacklisted")))
			.optional()
			.orElse(new DeviceState(null, null, false));
	}

	/**
	 * The key's computers in the chosen statuses, oldest activation first, from the keyset cursor on.
	 * Blacklisting is the account's word on the device, so a blacklisted computer is listed as such
	 * whatever its activation says; the filter is built from fixed fragments only.
	 */
	List<Activation> page(UUID keyId, UUID accountId, Set<ComputerStatus> statuses, Instant afterActivated,
			UUID afterId, boolean backward, int limit) {
		String op = backward ? "<" : ">";
		String keyset = (afterActivated != null)
				? " AND (activated_at " + op + " :after OR (activated_at = :after AND id " + op + " :afterId))" : "";
		String direction = backward ? " DESC" : " ASC";
		var spec = this.jdbc.sql(ACTIVATION + where(statuses) + keyset + " ORDER BY activated_at" + direction + ", id"
				+ direction + " LIMIT :limit")
			.param("key", keyId)
			.param("account", accountId)
			.param("limit", limit);
		if (statuses.contains(ComputerStatus.ACTIVE) || statuses.contains(ComputerStatus.DEACTIVATED)) {
			spec = spec.param("active", ACTIVE);
		}
		if (afterActivated != null) {
			spec = spec.param("after", Timestamps.toDb(afterActivated)).param("afterId", afterId);
		}
		return spec.query(Activations::read).list();
	}

	/** How many computers of the key are in the statuses, counting at most the cap and one. */
	long count(UUID keyId, UUID accountId, Set<ComputerStatus> statuses) {
		var spec = this.jdbc.sql(ListRange.cappedCount("SELECT id FROM activation" + where(statuses)))
			.param("key", keyId)
			.param("account", accountId);
		if (statuses.contains(ComputerStatus.ACTIVE) || statuses.contains(ComputerStatus.DEACTIVATED)) {
			spec = spec.param("active", ACTIVE);
		}
		return spec.query(Long.class).single();
	}

	private static String where(Set<ComputerStatus> statuses) {
		List<String> shown = new ArrayList<>();
		if (statuses.contains(ComputerStatus.ACTIVE)) {
			shown.add("(status = :active AND NOT " + BLACKLISTED + ")");
		}
		if (statuses.contains(ComputerStatus.DEACTIVATED)) {
			shown.add("(status <> :active AND NOT " + BLACKLISTED + ")");
		}
		if (statuses.contains(ComputerStatus.BLACKLISTED)) {
			shown.add(BLACKLISTED);
		}
		return " WHERE license_key_id = :key AND (" + String.join(" OR ", shown) + ")";
	}

	private static ActivationStatus status(String stored) {
		return (stored != null) ? ActivationStatus.valueOf(stored) : null;
	}

	private static Activation read(ResultSet rs, int n) throws SQLException {
		return new Activation(rs.getObject("id", UUID.class), rs.getObject("license_key_id", UUID.class),
				rs.getObject("subscription_id", UUID.class), rs.getString("device_id"), rs.getString("computer_name"),
				rs.getString("serial_number"), rs.getString("mac_address"), rs.getString("ip_address"),
				status(rs.getString("status")), Timestamps.fromDb(rs, "activated_at"),
				Timestamps.fromDb(rs, "last_check_in_at"), rs.getString("notes"));
	}

	/** What a check-in learns about the device: its activation on the key, if any, and whether it is refused. */
	record DeviceState(UUID activationId, ActivationStatus activationStatus, boolean blacklisted) {
	}

}
