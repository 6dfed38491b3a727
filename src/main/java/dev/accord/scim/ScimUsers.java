package dev.accord.scim;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the provider told us about the members it manages ({@code scim_user}): externalId, who made the account. */
@Repository
class ScimUsers {

	private final JdbcClient jdbc;

	ScimUsers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ScimUser> find(UUID accountId, UUID userId) {
		return this.jdbc.sql("""
				SELECT user_id, external_id, account_created, updated_at FROM scim_user
				WHERE business_account_id = ? AND user_id = ?""")
			.params(accountId, userId)
			.query((rs, n) -> new ScimUser(rs.getObject("user_id", UUID.class), rs.getString("external_id"),
					rs.getBoolean("account_created"), Timestamps.fromDb(rs, "updated_at")))
			.optional();
	}

	List<ScimUser> some(UUID accountId, java.util.Collection<UUID> userIds) {
		if (userIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT user_id, external_id, account_created, updated_at FROM scim_user
				WHERE business_account_id = :account AND user_id IN (:users)""")
			.param("account", accountId)
			.param("users", userIds)
			.query((rs, n) -> new ScimUser(rs.getObject("user_id", UUID.class), rs.getString("external_id"),
					rs.getBoolean("account_created"), Timestamps.fromDb(rs, "updated_at")))
			.list();
	}

	Optional<UUID> byExternalId(UUID accountId, String externalId) {
		return this.jdbc.sql("SELECT user_id FROM scim_user WHERE business_account_id = ? AND external_id = ?")
			.params(accountId, externalId)
			.query(UUID.class)
			.list()
			.stream()
			.findFirst();
	}

	/** Records the provider's view of this member (inserting on first sight, keeping who made the account). */
	void save(UUID accountId, UUID userId, String externalId, boolean accountCreated, Instant now) {
		int updated = this.jdbc.sql("""
				UPDATE scim_user SET external_id = ?, updated_at = ? WHERE business_account_id = ? AND user_id = ?""")
			.params(externalId, Timestamps.toDb(now), accountId, userId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO scim_user (business_account_id, user_id, external_id, account_created, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
				.params(accountId, userId, externalId, accountCreated, Timestamps.toDb(now), Timestamps.toDb(now))
				.update();
		}
	}

	void remove(UUID accountId, UUID userId) {
		this.jdbc.sql("DELETE FROM scim_user WHERE business_account_id = ? AND user_id = ?")
			.params(accountId, userId)
			.update();
	}

	record ScimUser(UUID userId, String externalId, boolean accountCreated, Instant updatedAt) {
	}

}
