package dev.accord.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.accord.platform.NotFoundException;
import dev.accord.platform.SecureTokens;
import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal access tokens: shown once at creation, stored as SHA-256, acting with the owner's rights. */
@Service
public class ApiTokenService {

	/** The most characters a token's name may have. */
	public static final int MAX_NAME_LENGTH = 100;

	private static final String PREFIX = "acc_";

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiTokenService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public CreatedToken create(UUID userId, String name) {
		dev.accord.platform.PlainText.requireSingleLine("name", name);
		UUID id = UUID.randomUUID();
		String token = SecureTokens.generate(PREFIX);
		this.jdbc.sql("INSERT INTO api_token (id, user_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(id, userId, name.trim(), SecureTokens.sha256(token), Timestamps.toDb(this.clock.instant()))
			.update();
		return new CreatedToken(id, name.trim(), token);
	}

	@Transactional(readOnly = true)
	public List<TokenView> list(UUID userId) {
		return this.jdbc.sql("SELECT id, name, created_at FROM api_token WHERE user_id = ? ORDER BY created_at DESC, id")
			.param(userId)
			.query((rs, n) -> new TokenView(rs.getObject("id", UUID.class), rs.getString("name"),
					Timestamps.fromDb(rs, "created_at")))
			.list();
	}

	/** Revokes one of the owner's tokens; someone else's or an unknown id is {@link NotFoundException}. */
	@Transactional
	public void revoke(UUID userId, UUID tokenId) {
		int deleted = this.jdbc.sql("DELETE FROM api_token WHERE id = ? AND user_id = ?").params(tokenId, userId).update();
		if (deleted == 0) {
			throw new NotFoundException();
		}
	}

	/** Revokes every token of this person. */
	@Transactional
	public void revokeAll(UUID userId) {
		this.jdbc.sql("DELETE FROM api_token WHERE user_id = ?").param(userId).update();
	}

	@Transactional(readOnly = true)
	Optional<AccordUser> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				SELECT u.id, u.email FROM api_token t JOIN user_account u ON u.id = t.user_id WHERE t.token_hash = ?""")
			.param(SecureTokens.sha256(token))
			.query((rs, n) -> new AccordUser(rs.getObject("id", UUID.class), rs.getString("email"), null))
			.optional();
	}

	/** A token just created; {@code token} is shown this once and never again. */
	public record CreatedToken(UUID id, String name, String token) {
	}

	public record TokenView(UUID id, String name, Instant createdAt) {
	}

}
