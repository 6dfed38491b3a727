package dev.accord.business;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.accord.platform.Timestamps;
import dev.accord.shared.EmailAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of a business account as its identity provider reads them (SCIM): without a caller
 * check, since the caller has checked the provider's credential for this account. Every read is
 * one statement over an index of {@code membership}: by user id (the primary key), by email
 * ({@code (business_account_id, email)}), or a page in joining order
 * ({@code (business_account_id, member_since, user_id)}) with an offset, which SCIM paging asks for
 * and {@link #MAX_OFFSET} caps.
 */
@Service
public class MemberDirectory {

	/** The furthest a page may start: deeper offsets read too much of the index for one request. */
	public static final int MAX_OFFSET = 10_000;

	private static final String COLUMNS = """
			SELECT m.user_id, m.email, m.first_name, m.last_name, m.role, m.status, m.notes, m.member_since
			FROM membership m""";

	private final JdbcClient jdbc;

	MemberDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One member of this business account; anyone else (unknown, another account's member) is empty. */
	@Transactional(readOnly = true)
	public Optional<MemberView> one(UUID accountId, UUID userId) {
		return this.jdbc.sql(COLUMNS + " WHERE m.business_account_id = ? AND m.user_id = ?")
			.params(accountId, userId)
			.query(MemberDirectory::view)
			.optional();
	}

	/** The member with this email (compared normalized), if any. */
	@Transactional(readOnly = true)
	public Optional<MemberView> byEmail(UUID accountId, String email) {
		return this.jdbc.sql(COLUMNS + " WHERE m.business_account_id = ? AND m.email = ?")
			.params(accountId, EmailAddress.normalize(email))
			.query(MemberDirectory::view)
			.optional();
	}

	/** Up to {@code limit} members from {@code offset} (0-based, at most {@link #MAX_OFFSET}), oldest first. */
	@Transactional(readOnly = true)
	public List<MemberView> page(UUID accountId, int offset, int limit) {
		if (offset < 0 || offset > MAX_OFFSET || limit < 1) {
			return List.of();
		}
		return this.jdbc
			.sql(COLUMNS + " WHERE m.business_account_id = ? ORDER BY m.member_since, m.user_id LIMIT ? OFFSET ?")
			.params(accountId, limit, offset)
			.query(MemberDirectory::view)
			.list();
	}

	/** How many members the business account has. */
	@Transactional(readOnly = true)
	public long count(UUID accountId) {
		return this.jdbc.sql("SELECT count(*) FROM membership WHERE business_account_id = ?")
			.param(accountId)
			.query(Long.class)
			.single();
	}

	private static MemberView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new MemberView(rs.getObject("user_id", UUID.class), rs.getString("email"), rs.getString("first_name"),
				rs.getString("last_name"), Role.valueOf(rs.getString("role")),
				MembershipStatus.valueOf(rs.getString("status")), rs.getString("notes"),
				Timestamps.fromDb(rs, "member_since"));
	}

}
