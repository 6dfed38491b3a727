package dev.accord.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.accord.shared.Language;
import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored personal accounts. */
@Repository
class UserAccounts {

	private static final String COLUMNS = "id, email, first_name, last_name, language, email_verified, created_at";

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID id, String email, String passwordHash, String firstName, String lastName, Language language,
			boolean verified, Instant now) {
		this.jdbc.sql("""
				INSERT INTO user_account (id, email, password_hash, first_name, last_name, language, email_verified, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, email, passwordHash, firstName, lastName, language.tag(), verified, Timestamps.toDb(now))
			.update();
	}

	/** As {@link #add}, doing nothing when the email is taken (by a request racing this one). */
	void addIfAbsent(UUID id, String email, String passwordHash, String firstName, String lastName,
			Language language, boolean verified, Instant now) {
		this.jdbc.sql("""
				INSERT INTO user_account (id, email, password_hash, first_name, last_name, language, email_verified, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(id, email, passwordHash, firstName, lastName, language.tag(), verified, Timestamps.toDb(now))
			.update();
	}

	Optional<AccountView> byId(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM user_account WHERE id = ?").param(id).query(this::view).optional();
	}

	List<AccountView> byIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM user_account WHERE id IN (:ids)")
			.param("ids", ids)
			.query(this::view)
			.list();
	}

	Optional<AccountView> byEmail(String email) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM user_account WHERE email = ?")
			.param(email)
			.query(this::view)
			.optional();
	}

	Optional<AccordUser> credentials(String email) {
		return this.jdbc.sql("SELECT id, email, password_hash FROM user_account WHERE email = ?")
			.param(email)
			.query((rs, n) -> new AccordUser(rs.getObject("id", UUID.class), rs.getString("email"),
					rs.getString("password_hash")))
			.optional();
	}

	Optional<String> passwordHash(UUID id) {
		return this.jdbc.sql("SELECT password_hash FROM user_account WHERE id = ?").param(id).query(String.class).optional();
	}

	void changePassword(UUID id, String passwordHash) {
		this.jdbc.sql("UPDATE user_account SET password_hash = ? WHERE id = ?").params(passwordHash, id).update();
	}

	void changeProfile(UUID id, String firstName, String lastName, Language language) {
		this.jdbc.sql("UPDATE user_account SET first_name = ?, last_name = ?, language = ? WHERE id = ?")
			.params(firstName, lastName, language.tag(), id)
			.update();
	}

	/** Marks the account's email as proven; false when it already was (or the account is gone). */
	boolean markVerified(UUID id) {
		return this.jdbc.sql("UPDATE user_account SET email_verified = TRUE WHERE id = ? AND email_verified = FALSE")
			.param(id)
			.update() == 1;
	}

	/**
	 * Gives the account a new (proven) email; a {@link org.springframework.dao.DuplicateKeyException}
	 * when another account holds it.
	 */
	void changeEmail(UUID id, String email) {
		this.jdbc.sql("UPDATE user_account SET email = ?, email_verified = TRUE WHERE id = ?").params(email, id).update();
	}

	Optional<String> timeZone(UUID id) {
		return this.jdbc.sql("SELECT time_zone FROM user_account WHERE id = ? AND time_zone IS NOT NULL")
			.param(id)
			.query(String.class)
			.optional();
	}

	void changeTimeZone(UUID id, String zoneId) {
		this.jdbc.sql("UPDATE user_account SET time_zone = ? WHERE id = ?").params(zoneId, id).update();
	}

	/**
	 * Locks the account's row until the transaction ends, so that parallel requests of one person
	 * count one after the other; false when there is no such account.
	 */
	boolean lock(UUID id) {
		return this.jdbc.sql("SELECT id FROM user_account WHERE id = ? FOR UPDATE").param(id).query(UUID.class).optional()
			.isPresent();
	}

	/** Deletes the account; the rows that reference it go with it (ON DELETE CASCADE). */
	void delete(UUID id) {
		this.jdbc.sql("DELETE FROM user_account WHERE id = ?").param(id).update();
	}

	private AccountView view(ResultSet rs, int row) throws SQLException {
		return new AccountView(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("first_name"),
				rs.getString("last_name"), Language.fromTagOrDefault(rs.getString("language")),
				rs.getBoolean("email_verified"), Timestamps.fromDb(rs, "created_at"));
	}

}
