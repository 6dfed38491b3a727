package dev.accord.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.accord.platform.SecureTokens;
import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The single-use links mailed to prove an address; only their SHA-256 is stored. */
@Repository
class EmailLinks {

	/** What a link proves. */
	enum Purpose {

		/** The account's own email. */
		VERIFY,

		/** A new email for the account, which it takes when the link is followed. */
		CHANGE

	}

	private final JdbcClient jdbc;

	EmailLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new link and returns its token (to mail; never stored). */
	String add(UUID userId, Purpose purpose, String newEmail, Instant now, Instant expiresAt) {
		String token = SecureTokens.generate("");
		this.jdbc.sql("""
				INSERT INTO email_link (token_hash, user_id, purpose, new_email, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(SecureTokens.sha256(token), userId, purpose.name(), newEmail, Timestamps.toDb(now),
					Timestamps.toDb(expiresAt))
			.update();
		return token;
	}

	/** How many links of this kind went to the person since then, and when the newest did. */
	Sent sentSince(UUID userId, Purpose purpose, Instant since) {
		return this.jdbc.sql("""
				SELECT COUNT(*) AS n, MAX(created_at) AS newest FROM email_link
				WHERE user_id = ? AND purpose = ? AND created_at > ?""")
			.params(userId, purpose.name(), Timestamps.toDb(since))
			.query((rs, n) -> new Sent(rs.getLong("n"), Timestamps.fromDb(rs, "newest")))
			.single();
	}

	/** The usable (unused, unexpired) link of this kind behind the token. */
	Optional<Link> usable(String token, Purpose purpose, Instant now) {
		if (token == null || token.isEmpty() || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				SELECT user_id, new_email FROM email_link
				WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?""")
			.params(SecureTokens.sha256(token), purpose.name(), Timestamps.toDb(now))
			.query((rs, n) -> new Link(rs.getObject("user_id", UUID.class), rs.getString("new_email")))
			.optional();
	}

	/**
	 * Uses the link once: true for the one caller that marked it used; two simultaneous uses, one
	 * wins (the row is updated under its lock).
	 */
	boolean use(String token, Purpose purpose, Instant now) {
		return this.jdbc.sql("""
				UPDATE email_link SET used_at = ?
				WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?""")
			.params(Timestamps.toDb(now), SecureTokens.sha256(token), purpose.name(), Timestamps.toDb(now))
			.update() == 1;
	}

	/** Voids the person's outstanding links of this kind (after one was used, or the email changed). */
	void voidAll(UUID userId, Purpose purpose, Instant now) {
		this.jdbc.sql("UPDATE email_link SET used_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL")
			.params(Timestamps.toDb(now), userId, purpose.name())
			.update();
	}

	/** Links sent in a window: how many, and the newest one's time (null for none). */
	record Sent(long count, Instant newest) {
	}

	/** A usable link: whose it is, and the address it proposes (for {@link Purpose#CHANGE}). */
	record Link(UUID userId, String newEmail) {
	}

}
