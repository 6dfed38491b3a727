package dev.accord.account;

import java.time.Clock;
import java.time.Duration;
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

/**
 * Personal access tokens: shown once at creation, stored as SHA-256, acting with the owner's rights
 * within their {@link TokenScope} until their {@link TokenExpiry}. The time and address of a token's
 * last use are written at most once a minute, so that using a token is no write per request.
 */
@Service
public class ApiTokenService {

	/** The most characters a token's name may have. */
	public static final int MAX_NAME_LENGTH = 100;

	private static final String PREFIX = "acc_";

	/** How stale a token's recorded last use may get before a request writes it again. */
	static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiTokenService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Creates a full-scope token that expires after the default 90 days. */
	@Transactional
	public CreatedToken create(UUID userId, String name) {
		return create(userId, name, TokenExpiry.DEFAULT, TokenScope.FULL);
	}

	@Transactional
	public CreatedToken create(UUID userId, String name, TokenExpiry expiry, TokenScope scope) {
		dev.accord.platform.PlainText.requireSingleLine("name", name);
		UUID id = UUID.randomUUID();
		String token = SecureTokens.generate(PREFIX);
		Instant now = this.clock.instant();
		Instant expiresAt = expiry.expiresAt(now).orElse(null);
		this.jdbc.sql("""
				INSERT INTO api_token (id, user_id, name, token_hash, created_at, expires_at, scope)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, userId, name.trim(), SecureTokens.sha256(token), Timestamps.toDb(now),
					(expiresAt != null) ? Timestamps.toDb(expiresAt) : null, scope.name())
			.update();
		return new CreatedToken(id, name.trim(), token, expiresAt, scope);
	}

	@Transactional(readOnly = true)
	public List<TokenView> list(UUID userId) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				SELECT id, name, created_at, expires_at, scope, last_used_at, last_used_ip FROM api_token
				WHERE user_id = ? ORDER BY created_at DESC, id""")
			.param(userId)
			.query((rs, n) -> {
				Instant expiresAt = Timestamps.fromDb(rs, "expires_at");
				return new TokenView(rs.getObject("id", UUID.class), rs.getString("name"),
						Timestamps.fromDb(rs, "created_at"), expiresAt, TokenScope.valueOf(rs.getString("scope")),
						Timestamps.fromDb(rs, "last_used_at"), rs.getString("last_used_ip"),
						expiresAt != null && !now.isBefore(expiresAt));
			})
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

	/**
	 * The token's owner and scope, or empty for an unknown (or revoked) token. An expired token is
	 * found but marked so; a valid one records this use unless one was recorded within the last minute.
	 */
	@Transactional
	Optional<TokenUse> authenticate(String token, String clientAddress) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Optional<StoredToken> found = this.jdbc.sql("""
				SELECT t.id AS token_id, t.expires_at, t.scope, t.last_used_at, u.id, u.email
				FROM api_token t JOIN user_account u ON u.id = t.user_id WHERE t.token_hash = ?""")
			.param(SecureTokens.sha256(token))
			.query((rs, n) -> new StoredToken(rs.getObject("token_id", UUID.class),
					new AccordUser(rs.getObject("id", UUID.class), rs.getString("email"), null),
					TokenScope.valueOf(rs.getString("scope")), Timestamps.fromDb(rs, "expires_at"),
					Timestamps.fromDb(rs, "last_used_at")))
			.optional();
		return found.map((stored) -> {
			boolean expired = stored.expiresAt() != null && !now.isBefore(stored.expiresAt());
			if (!expired && (stored.lastUsedAt() == null || !stored.lastUsedAt().isAfter(now.minus(LAST_USE_PRECISION)))) {
				recordUse(stored.id(), now, clientAddress);
			}
			return new TokenUse(stored.user(), stored.scope(), expired);
		});
	}

	private record StoredToken(UUID id, AccordUser user, TokenScope scope, Instant expiresAt, Instant lastUsedAt) {
	}

	private void recordUse(UUID tokenId, Instant now, String clientAddress) {
		// The condition keeps concurrent first uses of a minute from writing twice.
		this.jdbc.sql("""
				UPDATE api_token SET last_used_at = ?, last_used_ip = ?
				WHERE id = ? AND (last_used_at IS NULL OR last_used_at <= ?)""")
			.params(Timestamps.toDb(now), clientAddress, tokenId, Timestamps.toDb(now.minus(LAST_USE_PRECISION)))
			.update();
	}

	/** Who a bearer token acts for, within which scope, and whether it has expired. */
	record TokenUse(AccordUser user, TokenScope scope, boolean expired) {
	}

	/** A token just created; {@code token} is shown this once and never again. */
	public record CreatedToken(UUID id, String name, String token, Instant expiresAt, TokenScope scope) {
	}

	/**
	 * One of a person's tokens, never its secret.
	 *
	 * @param expiresAt when it stops working, or null for never
	 * @param lastUsedAt its last use (to the minute), or null if never used
	 * @param lastUsedAddress the client address of that use
	 */
	public record TokenView(UUID id, String name, Instant createdAt, Instant expiresAt, TokenScope scope,
			Instant lastUsedAt, String lastUsedAddress, boolean expired) {
	}

}
