package dev.accord.support.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jsoup.Jsoup;

/**
 * Mutated GETs of the list pages (users and pending invitations, computers, Activity): their query
 * parameters (search, filters, sort, columns and the two-way cursors) with odd values, forged
 * cursors that decode but lie (a negative offset, a backward cursor without key, a key of the wrong
 * list), and the real pager and chip links of the pages with one parameter changed.
 */
final class ListMutations {

	static final List<String> PARAMETERS = List.of("q", "role", "status", "sort", "cursor", "pending", "cols", "action",
			"person", "from", "to");

	/** Cursors made like the portal's (N or P, offset, key) that no page of the portal made. */
	static final List<String> FORGED = List.of(forge("P-1|a@b"), forge("N-5|a@b"), forge("P0|"), forge("N|x"),
			forge("P|"), forge("N0|null"), forge("X1|a@b"), forge("N999999999999999999999|a@b"),
			forge("P1000000000001|a@b"), forge("N50|2026-01-01T00:00:00Z|00000000-0000-0000-0000-000000000000"),
			forge("P50|2026-01-01T00:00:00Z|12"), forge("N50|not-an-instant|1"), forge("P3|@"), forge("N1|\u0000"),
			forge("P2|2026-01-01T00:00:00Z"), forge("N0|" + "a".repeat(300)));

	private final List<String> pages;

	private final List<String> links = new ArrayList<>();

	ListMutations(List<String> pages) {
		this.pages = pages;
	}

	/** Keeps the pager and chip links of a rendered list page, to mutate them later. */
	private static final List<String> RAW_ESCAPES = List.of("%ff", "%c3", "%e2%82", "%c0%af", "a%ffb", "%ed%a0%80");

	void harvest(String html) {
		Jsoup.parse(html).select(".pager a[href], .filter-chips a[href]").forEach((a) -> this.links.add(a.attr("href")));
	}

	FuzzRequest mutate(Random random) {
		String base = (!this.links.isEmpty() && random.nextBoolean()) ? OddValues.pick(random, this.links)
				: OddValues.pick(random, this.pages);
		StringBuilder query = new StringBuilder(base);
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			String name = OddValues.pick(random, PARAMETERS);
			// Now and then escapes that decode to no UTF-8, sent as they are (Tomcat refuses to decode the parameter).
			String value = (random.nextInt(8) == 0) ? OddValues.pick(random, RAW_ESCAPES) : encode(value(name, random));
			query.append(query.indexOf("?") < 0 ? '?' : '&').append(name).append('=').append(value);
		}
		return FuzzRequest.of("GET", query.toString(), Map.of(), null);
	}

	private static String value(String name, Random random) {
		return switch (name) {
			case "cursor", "pending" -> random.nextBoolean() ? OddValues.pick(random, FORGED)
					: OddValues.pick(random, OddValues.CURSORS);
			case "from", "to" -> OddValues.pick(random, OddValues.DATES);
			case "role" -> OddValues.pick(random, List.of("REGULAR_MEMBER", "ACCOUNT_ADMINISTRATOR", "admin", "", "😀"));
			case "status" -> OddValues.pick(random, List.of("ACTIVE", "BLOCKED", "DEACTIVATED", "BLACKLISTED", "", "x"));
			case "sort" -> OddValues.pick(random, List.of("EMAIL", "EMAIL_DESC", "NEWEST", "OLDEST", "", "RANDOM"));
			case "cols" -> OddValues.pick(random, List.of("notes", "status", "", "x".repeat(300), "../etc"));
			default -> OddValues.pick(random, OddValues.STRINGS.subList(0, OddValues.STRINGS.size() - 1));
		};
	}

	private static String forge(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value.length() > 2000 ? value.substring(0, 2000) : value, StandardCharsets.UTF_8);
	}

}
