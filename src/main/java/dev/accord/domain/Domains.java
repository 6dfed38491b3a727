package dev.accord.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The claimed domains of all business accounts. */
@Repository
class Domains {

	private static final String COLUMNS = "id, business_account_id, name, token, created_at, verified_at, "
			+ "last_checked_at, last_check_result, failing_since, next_check_at";

	private final JdbcClient jdbc;

	Domains(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Domain domain) {
		this.jdbc.sql("""
				INSERT INTO verified_domain (id, business_account_id, name, token, created_at, next_check_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(domain.id(), domain.businessAccountId(), domain.name(), domain.token(),
					Timestamps.toDb(domain.createdAt()), Timestamps.toDb(domain.nextCheckAt()))
			.update();
	}

	Optional<Domain> byId(UUID businessAccountId, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM verified_domain WHERE id = ? AND business_account_id = ?")
			.params(id, businessAccountId)
			.query(Domains::row)
			.optional();
	}

	Optional<Domain> byId(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM verified_domain WHERE id = ?").param(id).query(Domains::row).optional();
	}

	List<Domain> of(UUID businessAccountId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM verified_domain WHERE business_account_id = ? ORDER BY name")
			.param(businessAccountId)
			.query(Domains::row)
			.list();
	}

	boolean claimed(UUID businessAccountId, String name) {
		return this.jdbc.sql("SELECT COUNT(*) FROM verified_domain WHERE business_account_id = ? AND name = ?")
			.params(businessAccountId, name)
			.query(Long.class)
			.single() > 0;
	}

	/** The business account that verified this name. */
	Optional<UUID> ownerOf(String name) {
		return this.jdbc.sql("SELECT business_account_id FROM verified_domain WHERE verified_name = ?")
			.param(name)
			.query(UUID.class)
			.optional();
	}

	List<String> verifiedBy(UUID businessAccountId) {
		return this.jdbc.sql("""
				SELECT name FROM verified_domain WHERE business_account_id = ? AND verified_name IS NOT NULL
				ORDER BY name""").param(businessAccountId).query(String.class).list();
	}

	/**
	 * Claims a check now, at most once per {@code every}: false when one was made since (another
	 * click, tab or instance).
	 */
	boolean claimCheck(UUID id, Instant now, Instant notSince) {
		return this.jdbc.sql("""
				UPDATE verified_domain SET last_checked_at = ?
				WHERE id = ? AND (last_checked_at IS NULL OR last_checked_at <= ?)""")
			.params(Timestamps.toDb(now), id, Timestamps.toDb(notSince))
			.update() == 1;
	}

	/** Claims a scheduled check of a due domain by moving its next check: false when another instance did. */
	boolean claimScheduled(UUID id, Instant due, Instant next) {
		return this.jdbc.sql("UPDATE verified_domain SET next_check_at = ? WHERE id = ? AND next_check_at = ?")
			.params(Timestamps.toDb(next), id, Timestamps.toDb(due))
			.update() == 1;
	}

	/** Due domains after the keyset position (next check, id), oldest due first. */
	List<Domain> due(Instant now, Instant afterAt, UUID afterId, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM verified_domain WHERE next_check_at <= ?
				AND (next_check_at > ? OR (next_check_at = ? AND id > ?)) ORDER BY next_check_at, id LIMIT %d"""
			.formatted(limit))
			.params(Timestamps.toDb(now), Timestamps.toDb(afterAt), Timestamps.toDb(afterAt), afterId)
			.query(Domains::row)
			.list();
	}

	/**
	 * Writes the domain's state after a check. Verifying sets {@code verified_name}, whose UNIQUE
	 * constraint refuses a second business account.
	 */
	void save(Domain domain) {
		this.jdbc.sql("""
				UPDATE verified_domain SET verified_at = ?, verified_name = ?, last_checked_at = ?,
				last_check_result = ?, failing_since = ?, next_check_at = ? WHERE id = ?""")
			.params(Timestamps.toDb(domain.verifiedAt()), (domain.verifiedAt() != null) ? domain.name() : null,
					Timestamps.toDb(domain.lastCheckedAt()),
					(domain.lastCheckResult() != null) ? domain.lastCheckResult().name() : null,
					Timestamps.toDb(domain.failingSince()), Timestamps.toDb(domain.nextCheckAt()), domain.id())
			.update();
	}

	boolean remove(UUID businessAccountId, UUID id) {
		return this.jdbc.sql("DELETE FROM verified_domain WHERE id = ? AND business_account_id = ?")
			.params(id, businessAccountId)
			.update() == 1;
	}

	private static Domain row(ResultSet rs, int n) throws SQLException {
		String result = rs.getString("last_check_result");
		return new Domain(rs.getObject("id", UUID.class), rs.getObject("business_account_id", UUID.class),
				rs.getString("name"), rs.getString("token"), Timestamps.fromDb(rs, "created_at"),
				Timestamps.fromDb(rs, "verified_at"), Timestamps.fromDb(rs, "last_checked_at"),
				(result != null) ? CheckResult.valueOf(result) : null, Timestamps.fromDb(rs, "failing_since"),
				Timestamps.fromDb(rs, "next_check_at"));
	}

}
