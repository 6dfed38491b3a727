package dev.accord.business;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.accord.account.AccountView;
import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Memberships {

	private static final String VIEW = """
			SELECT m.business_account_id, b.company_name, m.user_id, m.role, m.status, m.member_since, m.role_notice
			FROM membership m JOIN business_account b ON b.id = m.business_account_id""";

	private final JdbcClient jdbc;

	Memberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds an active membership with a copy of the person's email and name (kept by {@link MemberNames}). */
	void add(UUID businessAccountId, AccountView person, Role role, Instant now) {
		this.jdbc.sql("""
				INSERT INTO membership (business_account_id, user_id, role, status, member_since, email, first_name,
				    last_name)
				VALUES (?, ?, ?, 'ACTIVE', ?, ?, ?, ?)""")
			.params(businessAccountId, person.id(), role.name(), Timestamps.toDb(now), person.email(),
					person.firstName(), person.lastName())
			.update();
	}

	/** Updates the copy of a person's name on each of their memberships. */
	void renameMember(UUID userId, String firstName, String lastName) {
		this.jdbc.sql("UPDATE membership SET first_name = ?, last_name = ? WHERE user_id = ?")
			.params(firstName, lastName, userId)
			.update();
	}

	void changeMemberEmail(UUID userId, String email) {
		this.jdbc.sql("UPDATE membership SET email = ? WHERE user_id = ?").params(email, userId).update();
	}

	Optional<MembershipView> find(UUID businessAccountId, UUID userId) {
		return this.jdbc.sql(VIEW + " WHERE m.business_account_id = ? AND m.user_id = ?")
			.params(businessAccountId, userId)
			.query(this::view)
			.optional();
	}

	List<MembershipView> ofUser(UUID userId) {
		return this.jdbc.sql(VIEW + " WHERE m.user_id = ? ORDER BY b.company_name, b.id")
			.param(userId)
			.query(this::view)
			.list();
	}

	List<AdministratorView> administrators(UUID businessAccountId) {
		return this.jdbc.sql("""
				SELECT user_id, first_name, last_name, email FROM membership
				WHERE business_account_id = ? AND role = 'ACCOUNT_ADMINISTRATOR' AND status = 'ACTIVE'
				ORDER BY last_name, first_name, user_id""")
			.param(businessAccountId)
			.query((rs, n) -> new AdministratorView(rs.getObject("user_id", UUID.class),
					(rs.getString("first_name") + " " + rs.getString("last_name")).trim(), rs.getString("email")))
			.list();
	}

	long activeAdministrators(UUID businessAccountId) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM membership
				WHERE business_account_id = ? AND role = 'ACCOUNT_ADMINISTRATOR' AND status = 'ACTIVE'""")
			.param(businessAccountId)
			.query(Long.class)
			.single();
	}

	/** The membership status of the person with this email, if they are a member. */
	Optional<MembershipStatus> statusByEmail(UUID businessAccountId, String email) {
		return this.jdbc.sql("""
				SELECT status FROM membership WHERE business_account_id = ? AND email = ?""")
			.params(businessAccountId, email)
			.query((rs, n) -> MembershipStatus.valueOf(rs.getString("status")))
			.optional();
	}

	/** The status of each of these (normalized) addresses that is a member, in one query. */
	java.util.Map<String, MembershipStatus> statusesByEmail(UUID businessAccountId, java.util.Collection<String> emails) {
		java.util.Map<String, MembershipStatus> statuses = new java.util.HashMap<>();
		if (!emails.isEmpty()) {
			this.jdbc.sql("SELECT email, status FROM membership WHERE business_account_id = :account AND email IN (:emails)")
				.param("account", businessAccountId)
				.param("emails", emails)
				.query((java.sql.ResultSet rs) -> {
					statuses.put(rs.getString("email"), MembershipStatus.valueOf(rs.getString("status")));
				});
		}
		return statuses;
	}

	void changeRole(UUID businessAccountId, UUID userId, Role role) {
		this.jdbc.sql("UPDATE membership SET role = ?, role_notice = ? WHERE business_account_id = ? AND user_id = ?")
			.params(role.name(), role.name(), businessAccountId, userId)
			.update();
	}

	void changeNotes(UUID businessAccountId, UUID userId, String notes) {
		this.jdbc.sql("UPDATE membership SET notes = ? WHERE business_account_id = ? AND user_id = ?")
			.params(notes, businessAccountId, userId)
			.update();
	}

	void changeStatus(UUID businessAccountId, UUID userId, MembershipStatus status) {
		this.jdbc.sql("UPDATE membership SET status = ? WHERE business_account_id = ? AND user_id = ?")
			.params(status.name(), businessAccountId, userId)
			.update();
	}

	/** Clears the role-change notices of a person once they have been shown. */
	void clearRoleNotices(UUID userId) {
		this.jdbc.sql("UPDATE membership SET role_notice = NULL WHERE user_id = ? AND role_notice IS NOT NULL")
			.param(userId)
			.update();
	}

	void remove(UUID businessAccountId, UUID userId) {
		this.jdbc.sql("DELETE FROM membership WHERE business_account_id = ? AND user_id = ?")
			.params(businessAccountId, userId)
			.update();
	}

	private MembershipView view(ResultSet rs, int row) throws SQLException {
		return new MembershipView(rs.getObject("business_account_id", UUID.class), rs.getString("company_name"),
				rs.getObject("user_id", UUID.class), Role.valueOf(rs.getString("role")),
				MembershipStatus.valueOf(rs.getString("status")), Timestamps.fromDb(rs, "member_since"),
				(rs.getString("role_notice") != null) ? Role.valueOf(rs.getString("role_notice")) : null);
	}

}
