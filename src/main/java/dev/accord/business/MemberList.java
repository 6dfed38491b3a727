package dev.accord.business;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.platform.Keyset;
import dev.accord.platform.ListRange;
import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The member list query: filters, a prefix search, and keyset paging in both directions over an
 * index ({@code (business_account_id, email)} or {@code (business_account_id, member_since, user_id)};
 * going back reads the same index backwards), never OFFSET, one statement per page, and a count
 * capped at {@link ListRange#COUNT_CAP} and one. Names and emails are the membership's copies (V9, V25), so
 * the query reads no table of another module.
 */
@Repository
class MemberList {

	private static final String COLUMNS = """
			SELECT m.user_id, m.email, m.first_name, m.last_name, m.role, m.status, m.notes, m.member_since
			FROM membership m""";

	private final JdbcClient jdbc;

	MemberList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	MemberPage page(UUID accountId, MemberQuery query) {
		Keyset.Window<MemberView> window = Keyset.decode(query.cursor())
			.read(query.limit(), (at) -> rows(accountId, query, at), (m) -> key(query.sort(), m));
		return new MemberPage(window.items(), window.offset(), window.previousCursor(), window.nextCursor());
	}

	/** How many members the query's filters and search find, counting at most {@link ListRange#COUNT_CAP} and one. */
	long count(UUID accountId, MemberQuery query) {
		Map<String, Object> params = new HashMap<>();
		params.put("account", accountId);
		String select = "SELECT m.user_id FROM membership m WHERE m.business_account_id = :account";
		String filters = filters(query, params);
		String sql;
		if (query.search() == null) {
			sql = ListRange.cappedCount(select + filters);
		}
		else {
			params.put("prefix", escapeLike(query.search()) + "%");
			String cap = " LIMIT " + (ListRange.COUNT_CAP + 1);
			sql = "SELECT count(*) FROM ((" + select + " AND m.email LIKE :prefix" + filters + cap + ") UNION ("
					+ select + " AND (LOWER(m.first_name) LIKE :prefix OR LOWER(m.last_name) LIKE :prefix)" + filters
					+ cap + ")) counted";
		}
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/** Up to a page and one of members in reading order from the cursor (reverse list order going back). */
	private List<MemberView> rows(UUID accountId, MemberQuery query, Keyset at) {
		Map<String, Object> params = new HashMap<>();
		params.put("account", accountId);
		params.put("limit", query.limit() + 1);
		boolean ascending = query.sort().ascending() != at.backward();
		String filters = filters(query, params) + keyset(query.sort(), at, ascending, params);
		String order = order(query.sort(), ascending);
		String sql;
		if (query.search() == null) {
			sql = COLUMNS + " WHERE m.business_account_id = :account" + filters + order + " LIMIT :limit";
		}
		else {
			params.put("prefix", escapeLike(query.search()) + "%");
			// Two index-friendly branches (email prefix; name prefix), each already limited, then merged.
			sql = "SELECT * FROM ((" + COLUMNS + " WHERE m.business_account_id = :account AND m.email LIKE :prefix"
					+ filters + order + " LIMIT :limit) UNION (" + COLUMNS
					+ " WHERE m.business_account_id = :account AND (LOWER(m.first_name) LIKE :prefix"
					+ " OR LOWER(m.last_name) LIKE :prefix)" + filters + order + " LIMIT :limit)) m"
					+ order + " LIMIT :limit";
		}
		return this.jdbc.sql(sql).params(params).query(this::view).list();
	}

	/** These members of the account, by email; ids of non-members are left out. */
	List<MemberView> some(UUID accountId, java.util.Collection<UUID> userIds) {
		if (userIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(COLUMNS + " WHERE m.business_account_id = :account AND m.user_id IN (:users) ORDER BY m.email")
			.param("account", accountId)
			.param("users", userIds)
			.query(this::view)
			.list();
	}

	java.util.Optional<MemberView> one(UUID accountId, UUID userId) {
		return this.jdbc.sql(COLUMNS + " WHERE m.business_account_id = ? AND m.user_id = ?")
			.params(accountId, userId)
			.query(this::view)
			.optional();
	}

	private static String filters(MemberQuery query, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		if (query.role() != null) {
			sql.append(" AND m.role = :role");
			params.put("role", query.role().name());
		}
		if (query.status() != null) {
			sql.append(" AND m.status = :status");
			params.put("status", query.status().name());
		}
		return sql.toString();
	}

	private static String keyset(MemberSort sort, Keyset at, boolean ascending, Map<String, Object> params) {
		String op = ascending ? ">" : "<";
		if (sort.byEmail()) {
			String afterEmail = at.key((key) -> key.contains("@") ? key : null);
			if (afterEmail == null) {
				return "";
			}
			params.put("afterEmail", afterEmail);
			return " AND m.email " + op + " :afterEmail";
		}
		String[] parts = at.key((key) -> {
			String[] split = key.split("\\|", 2);
			Instant.parse(split[0]);
			UUID.fromString(split[1]);
			return split;
		});
		if (parts == null) {
			return "";
		}
		params.put("afterSince", Timestamps.toDb(Instant.parse(parts[0])));
		params.put("afterUser", UUID.fromString(parts[1]));
		return " AND (m.member_since " + op + " :afterSince OR (m.member_since = :afterSince AND m.user_id " + op
				+ " :afterUser))";
	}

	private static String order(MemberSort sort, boolean ascending) {
		String direction = ascending ? " ASC" : " DESC";
		return sort.byEmail() ? " ORDER BY m.email" + direction
				: " ORDER BY m.member_since" + direction + ", m.user_id" + direction;
	}

	private static String key(MemberSort sort, MemberView member) {
		return sort.byEmail() ? member.email() : member.memberSince() + "|" + member.userId();
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private MemberView view(ResultSet rs, int row) throws SQLException {
		return new MemberView(rs.getObject("user_id", UUID.class), rs.getString("email"), rs.getString("first_name"),
				rs.getString("last_name"), Role.valueOf(rs.getString("role")),
				MembershipStatus.valueOf(rs.getString("status")), rs.getString("notes"),
				Timestamps.fromDb(rs, "member_since"));
	}

}
