package dev.accord.support.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Turns a form of a rendered page into one mutated post: field values replaced by odd ones
 * (fractions, negative and huge numbers, past dates, control characters, 100k characters),
 * fields dropped or added, now and then no CSRF token; multipart forms get an odd or oversized file.
 */
final class FormMutations {

	private static final List<String> FORM_VALUES = List.of("1.5", "-1", "0", "31", "99999999999", "2000-01-01",
			"1999-12-31", "abc", "REGULAR_MEMBER", "ACCOUNT_ADMINISTRATOR", "BLOCKED", "DYNAMIC", "RESERVED", "send",
			"upload", "add");

	private FormMutations() {
	}

	static FuzzRequest mutate(Forms.Form form, Random random) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		form.fields().forEach((name, values) -> fields.put(name, new ArrayList<>(values)));
		for (String name : new ArrayList<>(fields.keySet())) {
			if (name.equals("_csrf")) {
				if (random.nextInt(100) < 5) {
					fields.remove(name);
				}
				continue;
			}
			int roll = random.nextInt(100);
			if (roll < 10) {
				fields.remove(name);
			}
			else if (roll < 45) {
				fields.put(name, List.of(odd(random)));
			}
		}
		if (random.nextInt(100) < 15) {
			fields.put(OddValues.pick(random, List.of("extra", "id", "role", "emails", "action", "cols")),
					List.of(odd(random)));
		}
		Map<String, String> headers = new LinkedHashMap<>();
		if (random.nextBoolean()) {
			headers.put("HX-Request", "true");
		}
		String action = form.action();
		if (form.multipart()) {
			String boundary = "fuzz" + random.nextInt(1_000_000);
			headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
			return new FuzzRequest("POST", action, headers, multipart(fields, boundary, random));
		}
		headers.put("Content-Type", "application/x-www-form-urlencoded");
		return FuzzRequest.of("POST", action, headers, urlEncoded(fields));
	}

	private static String odd(Random random) {
		return random.nextBoolean() ? OddValues.pick(random, FORM_VALUES) : OddValues.pick(random, OddValues.STRINGS);
	}

	private static String urlEncoded(Map<String, List<String>> fields) {
		List<String> pairs = new ArrayList<>();
		fields.forEach((name, values) -> values
			.forEach((value) -> pairs.add(ApiMutations.encode(name) + "=" + ApiMutations.encode(value))));
		return String.join("&", pairs);
	}

	private static byte[] multipart(Map<String, List<String>> fields, String boundary, Random random) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		fields.forEach((name, values) -> values.forEach((value) -> {
			if (!name.equals("file")) {
				write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
						+ "\r\n");
			}
		}));
		write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"emails.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n");
		write(out, csv(random));
		write(out, "\r\n--" + boundary + "--\r\n");
		return out.toByteArray();
	}

	private static String csv(Random random) {
		return switch (random.nextInt(5)) {
			case 0 -> "email\nfuzz-csv@example.com\nnot-an-email\n";
			case 1 -> "x".repeat(1_200_000);
			case 2 -> "\u0000\u0001\u00ff";
			case 3 -> "";
			default -> "a@b.co;\"quoted\"@example.com,extra\r\n" + "line@example.com\n".repeat(600);
		};
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
