package dev.accord.support.fuzz;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** The strange values the fuzzer puts where ordinary ones belong. */
final class OddValues {

	static final List<String> STRINGS = List.of("", " ", "\u0000", "a\u0000b", "\u202Egnp.exe", "\u200B",
			"😀".repeat(40), "x".repeat(100_000), "<script>alert(1)</script>", "' OR 1=1 --", "%s%n%x", "\r\n",
			"line\nbreak", "\t", "../../etc/passwd", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\uFEFFbom", "null", "true", "-1", "1.5", "1e309",
			"9".repeat(40), "DROP TABLE users;", "名前", "Ünïcödé", "${jndi:ldap://x}", "{{7*7}}", "a@b", "@", "x@y.z",
			"  padded@example.com  ");

	static final List<String> IDS = List.of(" ", "abc", "0", "-1", "123", "99999999999999999999999999",
			"1.5", "null", "😀", "x".repeat(500), "00000000-0000-0000-0000-000000000000", "%00", "..", "a;b",
			"ffffffff-ffff-ffff-ffff-fffffffffffffffff");

	static final List<String> LIMITS = List.of("-1", "0", "1", "10", "1e9", "1000000000", "2147483648",
			"-2147483649", "abc", "1.5", "", " ", "0x10", "NaN");

	static final List<String> CURSORS = List.of("garbage", "!!!", "AAAA", "e30", "bm90LWEtY3Vyc29y", "%00",
			"x".repeat(1000), "MjAyNi0wMS0wMVQwMDowMDowMFp8bm90LWEtdXVpZA", "", "😀");

	static final List<String> DATES = List.of("2000-01-01", "yesterday", "99999-12-31", "2026-02-30", "0000-00-00",
			"", "1970-01-01T00:00:00Z", "-1");

	private OddValues() {
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** Any odd JSON value: wrong types, huge or fractional numbers, odd strings, past dates. */
	static Object json(Random random) {
		return switch (random.nextInt(12)) {
			case 0 -> null;
			case 1 -> random.nextBoolean();
			case 2 -> pick(random, List.of(-1, 0, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE));
			case 3 -> pick(random, List.of(1.5, -0.5, 3.14159));
			case 4 -> new Json.Raw(pick(random, List.of("1e309", "99999999999999999999999999", "-1e400", "1E2",
					"0.0000000000000000000001")));
			case 5 -> List.of(pick(random, STRINGS));
			case 6 -> Map.of("nested", pick(random, STRINGS));
			case 7 -> LocalDate.now().minusYears(random.nextInt(30) + 1).toString();
			case 8 -> UUID.randomUUID().toString();
			default -> pick(random, STRINGS);
		};
	}

	/** A whole body that is not the object the endpoint reads. */
	static String body(Random random) {
		return switch (random.nextInt(10)) {
			case 0 -> "null";
			case 1 -> "[]";
			case 2 -> "\"text\"";
			case 3 -> "123";
			case 4 -> "{";
			case 5 -> "";
			case 6 -> "[".repeat(3000) + "]".repeat(3000);
			case 7 -> "{\"a\":\"" + "x".repeat(100_000) + "\"}";
			case 8 -> "{\"a\":1,\"a\":2}";
			default -> "\u0000\u0001binary";
		};
	}

}
