package dev.accord.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.accord.mail.Mail;
import dev.accord.mail.MailService;
import dev.accord.platform.AccordProperties;
import dev.accord.platform.SecureTokens;
import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Email me a code instead": a six-digit code mailed to the person's verified address as the second
 * step of signing in. Valid {@value #VALID_MINUTES} minutes, once, for {@value #MAX_ATTEMPTS} tries;
 * a new code voids the earlier ones. Sending is throttled: one code a minute, {@value #SENDS_PER_HOUR}
 * an hour.
 */
@Service
public class EmailSignInCodes {

	static final int VALID_MINUTES = 10;

	static final int MAX_ATTEMPTS = 5;

	static final int SENDS_PER_HOUR = 5;

	private static final Duration VALIDITY = Duration.ofMinutes(VALID_MINUTES);

	private static final Duration BETWEEN_SENDS = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AccountService accounts;

	private final MailService mail;

	private final AccordProperties properties;

	private final Clock clock;

	EmailSignInCodes(JdbcClient jdbc, AccountService accounts, MailService mail, AccordProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.mail = mail;
		this.properties = properties;
		this.clock = clock;
	}

	/** Whether codes can be mailed to this person: their address is verified. */
	@Transactional(readOnly = true)
	public boolean available(UUID userId) {
		return this.accounts.find(userId).map(AccountView::emailVerified).orElse(false);
	}

	/** What {@link #send} did. */
	public enum Sent {
		SENT, TOO_SOON, UNAVAILABLE
	}

	/** Mails a new code unless the address is unverified or codes were sent too recently or too often. */
	@Transactional
	public Sent send(UUID userId) {
		if (!available(userId)) {
			return Sent.UNAVAILABLE;
		}
		// The person's row, locked, makes simultaneous requests count one after the other.
		this.jdbc.sql("SELECT id FROM user_account WHERE id = ? FOR UPDATE").param(userId).query(UUID.class).single();
		Instant now = this.clock.instant();
		long lastHour = this.jdbc.sql("SELECT COUNT(*) FROM email_sign_in_code WHERE user_id = ? AND created_at > ?")
			.params(userId, Timestamps.toDb(now.minus(Duration.ofHours(1))))
			.query(Long.class)
			.single();
		long lastMinute = this.jdbc.sql("SELECT COUNT(*) FROM email_sign_in_code WHERE user_id = ? AND created_at > ?")
			.params(userId, Timestamps.toDb(now.minus(BETWEEN_SENDS)))
			.query(Long.class)
			.single();
		if (lastHour >= SENDS_PER_HOUR || lastMinute > 0) {
			return Sent.TOO_SOON;
		}
		this.jdbc.sql("UPDATE email_sign_in_code SET used_at = ? WHERE user_id = ? AND used_at IS NULL")
			.params(Timestamps.toDb(now), userId)
			.update();
		UUID id = UUID.randomUUID();
		String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
		this.jdbc.sql("""
				INSERT INTO email_sign_in_code (id, user_id, code_hash, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(id, userId, hash(id, code), Timestamps.toDb(now), Timestamps.toDb(now.plus(VALIDITY)))
			.update();
		AccountView person = this.accounts.get(userId);
		this.mail.enqueue(new Mail(person.email(), person.language().locale(), "sign-in-code",
				new Object[] { this.properties.brand().name() },
				Map.of("name", person.displayName(), "code", code, "validMinutes", VALID_MINUTES), Set.of()));
		return Sent.SENT;
	}

	/**
	 * Whether this is the person's current code: unexpired, unused, fewer than {@value #MAX_ATTEMPTS}
	 * wrong tries. A right code is used up at once (of two simultaneous uses, one wins); a wrong one
	 * counts a try.
	 */
	@Transactional
	public boolean verify(UUID userId, String code) {
		String digits = (code != null) ? code.replace(" ", "") : "";
		if (!digits.matches("[0-9]{6}")) {
			return false;
		}
		Instant now = this.clock.instant();
		Optional<Current> current = this.jdbc.sql("""
				SELECT id, code_hash FROM email_sign_in_code
				WHERE user_id = ? AND used_at IS NULL AND expires_at > ? AND attempts < ?
				ORDER BY created_at DESC LIMIT 1""")
			.params(userId, Timestamps.toDb(now), MAX_ATTEMPTS)
			.query((rs, n) -> new Current(rs.getObject("id", UUID.class), rs.getString("code_hash")))
			.optional();
		if (current.isEmpty()) {
			return false;
		}
		UUID id = current.get().id();
		if (!java.security.MessageDigest.isEqual(hash(id, digits).getBytes(), current.get().hash().getBytes())) {
			this.jdbc.sql("UPDATE email_sign_in_code SET attempts = attempts + 1 WHERE id = ?").param(id).update();
			return false;
		}
		return this.jdbc.sql("""
				UPDATE email_sign_in_code SET used_at = ?
				WHERE id = ? AND used_at IS NULL AND expires_at > ? AND attempts < ?""")
			.params(Timestamps.toDb(now), id, Timestamps.toDb(now), MAX_ATTEMPTS)
			.update() == 1;
	}

	private static String hash(UUID id, String code) {
		return SecureTokens.sha256(id + ":" + code);
	}

	private record Current(UUID id, String hash) {
	}

}
