package dev.accord.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.accord.platform.SecureTokens;
import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ten single-use codes that stand in for the authenticator app: 80 random bits each, shown once as
 * {@code abcd-efgh-ijkl-mnop}, stored as SHA-256. Using one marks it used with a conditional update,
 * so two requests racing with the same code cannot both pass.
 */
@Component
class RecoveryCodes {

	static final int COUNT = 10;

	private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

	private static final int LENGTH = 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	RecoveryCodes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Replaces the person's codes with ten new ones, returned this once. */
	List<String> renew(UUID userId) {
		this.jdbc.sql("DELETE FROM recovery_code WHERE user_id = ?").param(userId).update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			String code = generate();
			this.jdbc.sql("INSERT INTO recovery_code (id, user_id, code_hash) VALUES (?, ?, ?)")
				.params(UUID.randomUUID(), userId, SecureTokens.sha256(code))
				.update();
			codes.add(code.replaceAll("(.{4})(?!$)", "$1-"));
		}
		return codes;
	}

	/** Uses one code: true once for each of the person's unused codes, false for anything else. */
	boolean use(UUID userId, String typed) {
		String code = normalized(typed);
		if (code == null) {
			return false;
		}
		return this.jdbc.sql("UPDATE recovery_code SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL")
			.params(Timestamps.toDb(this.clock.instant()), userId, SecureTokens.sha256(code))
			.update() == 1;
	}

	int left(UUID userId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE user_id = ? AND used_at IS NULL")
			.param(userId)
			.query(Integer.class)
			.single();
	}

	void removeAll(UUID userId) {
		this.jdbc.sql("DELETE FROM recovery_code WHERE user_id = ?").param(userId).update();
	}

	/** The code without separators and in lower case, or null when it cannot be a recovery code. */
	static String normalized(String typed) {
		if (typed == null || typed.length() > 40) {
			return null;
		}
		String code = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
		return code.matches("[a-z2-7]{" + LENGTH + "}") ? code : null;
	}

	private static String generate() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
