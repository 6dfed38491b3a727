package dev.accord.sso;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored identity provider connections, one per business account. */
@Repository
class SsoConnections {

	private static final String COLUMNS = "business_account_id, issuer, client_id, client_secret, enabled, require_sso, "
			+ "join_on_first_sign_in, admin_claim, admin_claim_value, tested_at, test_result, updated_at";

	private final JdbcClient jdbc;

	SsoConnections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SsoConnection> of(UUID businessAccountId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM sso_connection WHERE business_account_id = ?")
			.param(businessAccountId)
			.query(SsoConnections::map)
			.optional();
	}

	/** Inserts or replaces the account's connection. */
	void save(SsoConnection c) {
		int updated = this.jdbc.sql("""
				UPDATE sso_connection SET issuer = ?, client_id = ?, client_secret = ?, enabled = ?, require_sso = ?,
				join_on_first_sign_in = ?, admin_claim = ?, admin_claim_value = ?, tested_at = ?, test_result = ?,
				updated_at = ? WHERE business_account_id = ?""")
			.params(c.issuer(), c.clientId(), c.clientSecret(), c.enabled(), c.requireSso(), c.joinOnFirstSignIn(),
					c.adminClaim(), c.adminClaimValue(), timestamp(c.testedAt()), name(c.testResult()),
					timestamp(c.updatedAt()), c.businessAccountId())
			.update();
		if (updated == 0) {
			this.jdbc.sql("INSERT INTO sso_connection (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(c.businessAccountId(), c.issuer(), c.clientId(), c.clientSecret(), c.enabled(), c.requireSso(),
						c.joinOnFirstSignIn(), c.adminClaim(), c.adminClaimValue(), timestamp(c.testedAt()),
						name(c.testResult()), timestamp(c.updatedAt()))
				.update();
		}
	}

	private static Timestamp timestamp(Instant at) {
		return (at != null) ? Timestamp.from(at) : null;
	}

	private static String name(TestResult result) {
		return (result != null) ? result.name() : null;
	}

	private static SsoConnection map(ResultSet rs, int row) throws SQLException {
		Timestamp tested = rs.getTimestamp("tested_at");
		String result = rs.getString("test_result");
		return new SsoConnection(rs.getObject("business_account_id", UUID.class), rs.getString("issuer"),
				rs.getString("client_id"), rs.getString("client_secret"), rs.getBoolean("enabled"),
				rs.getBoolean("require_sso"), rs.getBoolean("join_on_first_sign_in"), rs.getString("admin_claim"),
				rs.getString("admin_claim_value"), (tested != null) ? tested.toInstant() : null,
				(result != null) ? TestResult.valueOf(result) : null, rs.getTimestamp("updated_at").toInstant());
	}

}
