package dev.accord.invitation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.accord.shared.EmailAddress;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads a one-column CSV of email addresses: the first value of each line; a first line without
 * an {@code @} is taken as a header; blank lines are skipped; malformed rows are reported by line.
 */
final class CsvAddresses {

	static final int MAX_LINES = 5_000;

	/** The largest file read; a larger one is refused next to the field (the upload limit is higher). */
	static final long MAX_BYTES = 1024 * 1024;

	private CsvAddresses() {
	}

	static Result read(MultipartFile file) throws IOException {
		String text = new String(file.getBytes(), StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String[] lines = text.split("\\r?\\n|\\r", -1);
		List<String> addresses = new ArrayList<>();
		List<BadRow> bad = new ArrayList<>();
		for (int i = 0; i < Math.min(lines.length, MAX_LINES); i++) {
			String value = firstColumn(lines[i]);
			if (value.isEmpty() || (i == 0 && !value.contains("@"))) {
				continue;
			}
			if (EmailAddress.isValid(value)) {
				addresses.add(EmailAddress.normalize(value));
			}
			else {
				bad.add(new BadRow(i + 1, value.length() > 80 ? value.substring(0, 80) + "…" : value));
			}
		}
		return new Result(addresses, bad, lines.length > MAX_LINES);
	}

	private static String firstColumn(String line) {
		String value = line.split("[,;\\t]", 2)[0].trim();
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			value = value.substring(1, value.length() - 1).trim();
		}
		return value;
	}

	record Result(List<String> addresses, List<BadRow> bad, boolean truncated) {
	}

	/** A row that is not an email address, with its 1-based line number. */
	public record BadRow(int line, String value) {
	}

}
