package dev.accord.licensing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.accord.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored subscriptions, keys, activations, blacklist and License Administrators. */
@Repository
class LicensingStore {

	private static final String SUBSCRIPTION = "SELECT id, business_account_id, name, product, seats, activation_date, "
			+ "expiration_date, auto_renew FROM subscription";

	private static final String KEY = "SELECT id, subscription_id, business_account_id, type, name, key_value, "
			+ "seat_limit, used, expires_on FROM license_key";

	private static final String ACTIVATION = "SELECT id, license_key_id, subscription_id, device_id, computer_name, "
			+ "serial_number, mac_address, ip_address, status, activated_at, last_check_in_at, notes FROM activation";

	private final JdbcClient jdbc;

	LicensingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void addSubscription(UUID id, UUID accountId, String product, int seats, LocalDate from, LocalDate to, Instant now) {
		this.jdbc.sql("""
				INSERT INTO subscription (id, business_account_id, name, product, seats, activation_date, expiration_date,
				                          auto_renew, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?)""")
			.params(id, accountId, product, product, seats, from, to, Timestamps.toDb(now))
			.update();
	}

	void addKey(UUID id, UUID subscriptionId, UUID accountId, KeyType type, String name, String value, Integer limit,
			LocalDate expiresOn, Instant now) {
		this.jdbc.sql("""
				INSERT INTO license_key (id, subscription_id, business_account_id, type, name, key_value, key_hash,
				                         seat_limit, used, expires_on, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
			.params(id, subscriptionId, accountId, type.name(), name, value, KeyCodes.hash(value), limit, expiresOn,
					Timestamps.toDb(now))
			.update();
	}

	Optional<Rows.Subscription> subscription(UUID id) {
		return this.jdbc.sql(SUBSCRIPTION + " WHERE id = ?").param(id).query(Rows.Subscription::read).optional();
	}

	/** Locks the subscription row: every change of its seats, keys or activations holds this lock. */
	Optional<Rows.Subscription> lockSubscription(UUID id) {
		return this.jdbc.sql(SUBSCRIPTION + " WHERE id = ? FOR UPDATE").param(id).query(Rows.Subscription::read).optional();
	}

	List<Rows.Subscription> subscriptionsOf(UUID accountId) {
		return this.jdbc.sql(SUBSCRIPTION + " WHERE business_account_id = ? ORDER BY expiration_date, id")
			.param(accountId)
			.query(Rows.Subscription::read)
			.list();
	}

	void registerSubscription(UUID subscriptionId, UUID accountId) {
		this.jdbc.sql("UPDATE subscription SET business_account_id = ? WHERE id = ?").params(accountId, subscriptionId).update();
		this.jdbc.sql("UPDATE license_key SET business_account_id = ? WHERE subscription_id = ?")
			.params(accountId, subscriptionId)
			.update();
	}

	void changeSubscription(UUID id, String name, Boolean autoRenew) {
		if (name != null) {
			this.jdbc.sql("UPDATE subscription SET name = ? WHERE id = ?").params(name, id).update();
		}
		if (autoRenew != null) {
			this.jdbc.sql("UPDATE subscription SET auto_renew = ? WHERE id = ?").params(autoRenew, id).update();
		}
	}

	Optional<Rows.Key> keyByHash(String hash) {
		return this.jdbc.sql(KEY + " WHERE key_hash = ?").param(hash).query(Rows.Key::read).optional();
	}

	Optional<Rows.Key> key(UUID id) {
		return this.jdbc.sql(KEY + " WHERE id = ?").param(id).query(Rows.Key::read).optional();
	}

	List<Rows.Key> keysOfSubscription(UUID subscriptionId) {
		return this.jdbc.sql(KEY + " WHERE subscription_id = ? ORDER BY type DESC, created_at, id")
			.param(subscriptionId)
			.query(Rows.Key::read)
			.list();
	}

	List<Rows.Key> keysOfAccount(UUID accountId) {
		return this.jdbc.sql(KEY + " WHERE business_account_id = ? ORDER BY subscription_id, type DESC, created_at, id")
			.param(accountId)
			.query(Rows.Key::read)
			.list();
	}

	void changeKey(UUID id, String name, Integer limit) {
		if (name != null) {
			this.jdbc.sql("UPDATE license_key SET name = ? WHERE id = ?").params(name, id).update();
		}
		if (limit != null) {
			this.jdbc.sql("UPDATE license_key SET seat_limit = ? WHERE id = ?").params(limit, id).update();
		}
	}

	void deleteKey(UUID id) {
		this.jdbc.sql("DELETE FROM license_key WHERE id = ?").param(id).update();
	}

	void countUse(UUID keyId, int delta) {
		this.jdbc.sql("UPDATE license_key SET used = used + ? WHERE id = ?").params(delta, keyId).update();
	}

	Optional<Rows.Activation> activation(UUID keyId, String deviceId) {
		return this.jdbc.sql(ACTIVATION + " WHERE license_key_id = ? AND device_id = ?")
			.params(keyId, deviceId)
			.query(Rows.Activation::read)
			.optional();
	}

	Optional<Rows.Activation> activation(UUID id) {
		return this.jdbc.sql(ACTIVATION + " WHERE id = ?").param(id).query(Rows.Activation::read).optional();
	}

	void addActivation(UUID id, Rows.Key key, DeviceService.Device device, Instant now) {
		this.jdbc.sql("""
				INSERT INTO activation (id, license_key_id, subscription_id, device_id, computer_name, serial_number,
				                        mac_address, ip_address, status, activated_at, last_check_in_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)""")
			.params(id, key.id(), key.subscriptionId(), device.deviceId(), device.computerName(), device.serialNumber(),
					device.macAddress(), device.ipAddress(), Timestamps.toDb(now), Timestamps.toDb(now))
			.update();
	}

	void reactivate(UUID id, DeviceService.Device device, Instant now) {
		this.jdbc.sql("""
				UPDATE activation SET status = 'ACTIVE', computer_name = ?, serial_number = ?, mac_address = ?,
				       ip_address = ?, activated_at = ?, last_check_in_at = ? WHERE id = ?""")
			.params(device.computerName(), device.serialNumber(), device.macAddress(), device.ipAddress(),
					Timestamps.toDb(now), Timestamps.toDb(now), id)
			.update();
	}

	/** Marks the activation deactivated if it was active; true when it was. */
	/** The device's active computers on any key of the business account. */
	List<Rows.Activation> activeOnAccount(UUID accountId, String deviceId) {
		return this.jdbc.sql(ACTIVATION + " WHERE device_id = ? AND status = 'ACTIVE' AND license_key_id IN"
				+ " (SELECT id FROM license_key WHERE business_account_id = ?)")
			.params(deviceId, accountId)
			.query(Rows.Activation::read)
			.list();
	}

	boolean deactivate(UUID id) {
		return this.jdbc.sql("UPDATE activation SET status = 'DEACTIVATED' WHERE id = ? AND status = 'ACTIVE'")
			.param(id)
			.update() == 1;
	}

	/** Everything a check-in needs, in one statement over unique indexes. */
	/** The key's id, business account and expiry dates, for check-ins. */
	Optional<KeyFacts> keyFacts(String keyHash) {
		return this.jdbc.sql("""
				SELECT k.id, k.business_account_id, k.expires_on, s.expiration_date
				FROM license_key k JOIN subscription s ON s.id = k.subscription_id
				WHERE k.key_hash = ?""")
			.param(keyHash)
			.query((rs, n) -> new KeyFacts(rs.getObject("id", UUID.class),
					rs.getObject("business_account_id", UUID.class), rs.getObject("expires_on", LocalDate.class),
					rs.getObject("expiration_date", LocalDate.class)))
			.optional();
	}

	/**
	 * The device's activation on the key (if any) and whether the account blacklists it: one
	 * statement over unique indexes.
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
			.query((rs, n) -> new DeviceState(rs.getObject("id", UUID.class), rs.getString("status"),
					rs.getBoolean("blacklisted")))
			.optional()
			.orElse(new DeviceState(null, null, false));
	}

	record KeyFacts(UUID keyId, UUID accountId, LocalDate keyExpires, LocalDate subscriptionExpires) {
	}

	record DeviceState(UUID activationId, String activationStatus, boolean blacklisted) {
	}

	/**
	 * The key's computers in the chosen statuses, oldest activation first. Blacklisting is the
	 * account's word on the device, so a blacklisted computer is listed as such whatever its
	 * activation says; the filter is built from fixed fragments only.
	 */
	List<Rows.Activation> activations(UUID keyId, UUID accountId, Set<ComputerStatus> statuses, Instant afterActivated,
			UUID afterId, int limit) {
		String keyset = (afterActivated != null)
				? " AND (activated_at > :after OR (activated_at = :after AND id > :afterId))" : "";
		String blacklisted = "EXISTS (SELECT 1 FROM device_blacklist b WHERE b.business_account_id = :account"
				+ " AND b.device_id = activation.device_id)";
		List<String> shown = new java.util.ArrayList<>();
		if (statuses.contains(ComputerStatus.ACTIVE)) {
			shown.add("(status = 'ACTIVE' AND NOT " + blacklisted + ")");
		}
		if (statuses.contains(ComputerStatus.DEACTIVATED)) {
			shown.add("(status <> 'ACTIVE' AND NOT " + blacklisted + ")");
		}
		if (statuses.contains(ComputerStatus.BLACKLISTED)) {
			shown.add(blacklisted);
		}
		var spec = this.jdbc.sql(ACTIVATION + " WHERE license_key_id = :key AND (" + String.join(" OR ", shown) + ")"
				+ keyset + " ORDER BY activated_at, id LIMIT :limit")
			.param("key", keyId)
			.param("account", accountId)
			.param("limit", limit);
		if (afterActivated != null) {
			spec = spec.param("after", Timestamps.toDb(afterActivated)).param("afterId", afterId);
		}
		return spec.query(Rows.Activation::read).list();
	}

	void editComputer(UUID id, String computerName, String notes) {
		if (computerName != null) {
			this.jdbc.sql("UPDATE activation SET computer_name = ? WHERE id = ?").params(computerName, id).update();
		}
		if (notes != null) {
			this.jdbc.sql("UPDATE activation SET notes = ? WHERE id = ?").params(notes.isEmpty() ? null : notes, id).update();
		}
	}

	void moveComputer(UUID id, UUID keyId) {
		this.jdbc.sql("UPDATE activation SET license_key_id = ? WHERE id = ?").params(keyId, id).update();
	}

	boolean isBlacklisted(UUID accountId, String deviceId) {
		return accountId != null && this.jdbc
			.sql("SELECT COUNT(*) FROM device_blacklist WHERE business_account_id = ? AND device_id = ?")
			.params(accountId, deviceId)
			.query(Long.class)
			.single() > 0;
	}

	/** Which of these devices are blacklisted in the account, in one query. */
	java.util.Set<String> blacklistedAmong(UUID accountId, List<String> deviceIds) {
		if (deviceIds.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(this.jdbc
			.sql("SELECT device_id FROM device_blacklist WHERE business_account_id = :account AND device_id IN (:devices)")
			.param("account", accountId)
			.param("devices", deviceIds)
			.query(String.class)
			.list());
	}

	void blacklist(UUID accountId, String deviceId, Instant now) {
		if (!isBlacklisted(accountId, deviceId)) {
			this.jdbc.sql("INSERT INTO device_blacklist (business_account_id, device_id, created_at) VALUES (?, ?, ?)")
				.params(accountId, deviceId, Timestamps.toDb(now))
				.update();
		}
	}

	void unblacklist(UUID accountId, String deviceId) {
		this.jdbc.sql("DELETE FROM device_blacklist WHERE business_account_id = ? AND device_id = ?")
			.params(accountId, deviceId)
			.update();
	}

	List<UUID> administeredKeys(UUID accountId, UUID userId) {
		return this.jdbc.sql("SELECT license_key_id FROM license_administrator WHERE business_account_id = ? AND user_id = ?")
			.params(accountId, userId)
			.query(UUID.class)
			.list();
	}

	/** The keys the person administers in the account, by name. */
	List<dev.accord.business.AdministeredKeys.Key> administeredKeyNames(UUID accountId, UUID userId) {
		return this.jdbc.sql("""
				SELECT k.id, k.name FROM license_administrator la JOIN license_key k ON k.id = la.license_key_id
				WHERE la.business_account_id = ? AND la.user_id = ? ORDER BY k.name, k.id""")
			.params(accountId, userId)
			.query((rs, n) -> new dev.accord.business.AdministeredKeys.Key(rs.getObject("id", UUID.class),
					rs.getString("name")))
			.list();
	}

	List<UUID> administratorsOf(UUID keyId) {
		return this.jdbc.sql("SELECT user_id FROM license_administrator WHERE license_key_id = ? ORDER BY created_at")
			.param(keyId)
			.query(UUID.class)
			.list();
	}

	/** License Administrators of every key of the account, by key. */
	java.util.Map<UUID, List<UUID>> administratorsOfAccount(UUID accountId) {
		java.util.Map<UUID, List<UUID>> byKey = new java.util.HashMap<>();
		this.jdbc.sql("SELECT license_key_id, user_id FROM license_administrator WHERE business_account_id = ? ORDER BY created_at")
			.param(accountId)
			.query((rs) -> {
				byKey.computeIfAbsent(rs.getObject("license_key_id", UUID.class), (k) -> new java.util.ArrayList<>())
					.add(rs.getObject("user_id", UUID.class));
			});
		return byKey;
	}

	/** True when the person was not yet an administrator of the key. */
	boolean grant(UUID keyId, UUID userId, UUID accountId, Instant now) {
		if (administratorsOf(keyId).contains(userId)) {
			return false;
		}
		this.jdbc.sql("INSERT INTO license_administrator (license_key_id, user_id, business_account_id, created_at) VALUES (?, ?, ?, ?)")
			.params(keyId, userId, accountId, Timestamps.toDb(now))
			.update();
		return true;
	}

	/** True when the person was an administrator of the key. */
	boolean revoke(UUID keyId, UUID userId) {
		return this.jdbc.sql("DELETE FROM license_administrator WHERE license_key_id = ? AND user_id = ?")
			.params(keyId, userId)
			.update() > 0;
	}

	/** Ends all the person's rights in the account; returns the keys they administered. */
	List<UUID> revokeAll(UUID accountId, UUID userId) {
		List<UUID> keys = this.jdbc
			.sql("SELECT license_key_id FROM license_administrator WHERE business_account_id = ? AND user_id = ?")
			.params(accountId, userId)
			.query(UUID.class)
			.list();
		if (!keys.isEmpty()) {
			this.jdbc.sql("DELETE FROM license_administrator WHERE business_account_id = ? AND user_id = ?")
				.params(accountId, userId)
				.update();
		}
		return keys;
	}

}
