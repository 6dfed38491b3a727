package dev.accord.business;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BusinessAccounts {

	private final JdbcClient jdbc;

	BusinessAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID id, CompanyInfo info, Instant now) {
		this.jdbc.sql("""
				INSERT INTO business_account (id, company_name, country, postcode, phone, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(id, info.companyName(), info.country(), info.postcode(), info.phone(), Timestamps.toDb(now))
			.update();
	}

	Optional<BusinessAccountView> byId(UUID id) {
		return this.jdbc.sql("SELECT id, company_name, country, postcode, phone, created_at, require_two_step FROM business_account WHERE id = ?")
			.param(id)
			.query(this::view)
			.optional();
	}

	List<BusinessAccountView> byIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT id, company_name, country, postcode, phone, created_at, require_two_step FROM business_account WHERE id IN (:ids)")
			.param("ids", ids)
			.query(this::view)
			.list();
	}

	void change(UUID id, CompanyInfo info) {
		this.jdbc.sql("UPDATE business_account SET company_name = ?, country = ?, postcode = ?, phone = ? WHERE id = ?")
			.params(info.companyName(), info.country(), info.postcode(), info.phone(), id)
			.update();
	}

	void requireTwoStep(UUID id, boolean required) {
		this.jdbc.sql("UPDATE business_account SET require_two_step = ? WHERE id = ?").params(required, id).update();
	}

	boolean requiresTwoStep(UUID id) {
		return this.jdbc.sql("SELECT require_two_step FROM business_account WHERE id = ?")
			.param(id)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * Locks the business account's row until the transaction ends: every change to the set of
	 * active administrators takes this lock first, so "at least one administrator" holds under races.
	 */
	void lock(UUID id) {
		this.jdbc.sql("SELECT id FROM business_account WHERE id = ? FOR UPDATE").param(id).query(UUID.class).optional();
	}

	private BusinessAccountView view(ResultSet rs, int row) throws SQLException {
		return new BusinessAccountView(rs.getObject("id", UUID.class), rs.getString("company_name"),
				rs.getString("country"), rs.getString("postcode"), rs.getString("phone"),
				Timestamps.fromDb(rs, "created_at"), rs.getBoolean("require_two_step"));
	}

}
