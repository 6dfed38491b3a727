package dev.accord.licensing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.business.AdministeredKeys;
import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who is License Administrator of which key ({@code license_administrator}). */
@Repository
class KeyAdministrators {

	private final JdbcClient jdbc;

	KeyAdministrators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The keys the person administers in the account. */
	List<UUID> keysOf(UUID accountId, UUID userId) {
		return this.jdbc.sql("SELECT license_key_id FROM license_administrator WHERE business_account_id = ? AND user_id = ?")
			.params(accountId, userId)
			.query(UUID.class)
			.list();
	}

	/** The keys the person administers in the account, by name. */
	List<AdministeredKeys.Key> keyNamesOf(UUID accountId, UUID userId) {
		return this.jdbc.sql("""
				SELECT k.id, k.name FROM license_administrator la JOIN license_key k ON k.id = la.license_key_id
				WHERE la.business_account_id = ? AND la.user_id = ? ORDER BY k.name, k.id""")
			.params(accountId, userId)
			.query((rs, n) -> new AdministeredKeys.Key(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
	}

	/** The key's administrators, longest-standing first. */
	List<UUID> of(UUID keyId) {
		return this.jdbc.sql("SELECT user_id FROM license_administrator WHERE license_key_id = ? ORDER BY created_at")
			.param(keyId)
			.query(UUID.class)
			.list();
	}

	/** License Administrators of every key of the account, by key. */
	Map<UUID, List<UUID>> ofAccount(UUID accountId) {
		Map<UUID, List<UUID>> byKey = new HashMap<>();
		this.jdbc.sql("SELECT license_key_id, user_id FROM license_administrator WHERE business_account_id = ? ORDER BY created_at")
			.param(accountId)
			.query((rs) -> {
				byKey.computeIfAbsent(rs.getObject("license_key_id", UUID.class), (k) -> new ArrayList<>())
					.add(rs.getObject("user_id", UUID.class));
			});
		return byKey;
	}

	/** True when the person was not yet an administrator of the key. */
	boolean grant(UUID keyId, UUID userId, UUID accountId, Instant now) {
		if (of(keyId).contains(userId)) {
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
		List<UUID> keys = keysOf(accountId, userId);
		if (!keys.isEmpty()) {
			this.jdbc.sql("DELETE FROM license_administrator WHERE business_account_id = ? AND user_id = ?")
				.params(accountId, userId)
				.update();
		}
		return keys;
	}

}
