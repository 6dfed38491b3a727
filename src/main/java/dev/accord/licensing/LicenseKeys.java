package dev.accord.licensing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored license keys ({@code license_key}); a key is found by the hash of its string, never by the string. */
@Repository
class LicenseKeys {

	private static final String KEY = "SELECT id, subscription_id, business_account_id, type, name, key_value, "
			+ "seat_limit, used, expires_on FROM license_key";

	private final JdbcClient jdbc;

	LicenseKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(LicenseKey key, Instant now) {
		this.jdbc.sql("""
				INSERT INTO license_key (id, subscription_id, business_account_id, type, name, key_value, key_hash,
				                         seat_limit, used, expires_on, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(key.id(), key.subscriptionId(), key.accountId(), key.type().name(), key.name(), key.value(),
					KeyCodes.hash(key.value()), key.limit(), key.used(), key.expiresOn(), Timestamps.toDb(now))
			.update();
	}

	/** The key with this key string, however it was typed. */
	Optional<LicenseKey> byValue(String licenseKey) {
		return this.jdbc.sql(KEY + " WHERE key_hash = ?")
			.param(KeyCodes.hash(licenseKey))
			.query(LicenseKeys::read)
			.optional();
	}

	Optional<LicenseKey> find(UUID id) {
		return this.jdbc.sql(KEY + " WHERE id = ?").param(id).query(LicenseKeys::read).optional();
	}

	/** The Primary Key first, then the additional keys oldest first. */
	List<LicenseKey> ofSubscription(UUID subscriptionId) {
		return this.jdbc.sql(KEY + " WHERE subscription_id = ? ORDER BY type DESC, created_at, id")
			.param(subscriptionId)
			.query(LicenseKeys::read)
			.list();
	}

	List<LicenseKey> ofAccount(UUID accountId) {
		return this.jdbc.sql(KEY + " WHERE business_account_id = ? ORDER BY subscription_id, type DESC, created_at, id")
			.param(accountId)
			.query(LicenseKeys::read)
			.list();
	}

	/** Writes the key's name and limit. */
	void update(LicenseKey key) {
		this.jdbc.sql("UPDATE license_key SET name = ?, seat_limit = ? WHERE id = ?")
			.params(key.name(), key.limit(), key.id())
			.update();
	}

	void delete(UUID id) {
		this.jdbc.sql("DELETE FROM license_key WHERE id = ?").param(id).update();
	}

	/** Moves the key's counter of active computers by {@code delta}, in the database's arithmetic. */
	void count(UUID keyId, int delta) {
		this.jdbc.sql("UPDATE license_key SET used = used + ? WHERE id = ?").params(delta, keyId).update();
	}

	/** The key's facts for check-ins: one statement over unique indexes. */
	Optional<KeyFacts> facts(String keyHash) {
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

	private static LicenseKey read(ResultSet rs, int n) throws SQLException {
		int limit = rs.getInt("seat_limit");
		Integer seatLimit = rs.wasNull() ? null : limit;
		return new LicenseKey(rs.getObject("id", UUID.class), rs.getObject("subscription_id", UUID.class),
				rs.getObject("business_account_id", UUID.class), KeyType.valueOf(rs.getString("type")),
				rs.getString("name"), rs.getString("key_value"), seatLimit, rs.getInt("used"),
				rs.getObject("expires_on", LocalDate.class));
	}

}
