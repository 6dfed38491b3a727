package dev.accord.business;

import java.util.Locale;

/**
 * What an administrator asks of the member list.
 *
 * @param search a prefix of the email, first name or last name (case-insensitive), or null
 * @param role only members with this role, or null
 * @param status only members with this status, or null
 * @param sort the order
 * @param cursor the opaque cursor of the previous page, or null for the first page
 * @param limit the page size (1 to 200)
 */
public record MemberQuery(String search, Role role, MembershipStatus status, MemberSort sort, String cursor,
		int limit) {

	public static final int MAX_LIMIT = 200;

	public MemberQuery {
		search = (search == null || search.isBlank()) ? null
				: search.trim().toLowerCase(Locale.ROOT).substring(0, Math.min(search.trim().length(), 254));
		sort = (sort != null) ? sort : MemberSort.EMAIL;
		limit = Math.max(1, Math.min(limit, MAX_LIMIT));
	}

	public static MemberQuery firstPage(int limit) {
		return new MemberQuery(null, null, null, MemberSort.EMAIL, null, limit);
	}

}
