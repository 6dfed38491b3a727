package dev.accord.scim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.accord.account.AccountService;
import dev.accord.business.BusinessAccess;
import dev.accord.business.BusinessAccountService;
import dev.accord.platform.NotFoundException;
import dev.accord.platform.PlainText;
import dev.accord.platform.SecureTokens;
import dev.accord.platform.Timestamps;
import dev.accord.platform.ValidationException;
import dev.accord.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SCIM tokens of a business account: made and revoked by its Account Administrators, shown
 * once at creation ({@value #PREFIX}…), stored as SHA-256. A token acts only on its own business
 * account; its last use is written at most once a minute.
 */
@Service
public class ScimTokens {

	/** The most characters a token's name may have. */
	public static final int MAX_NAME_LENGTH = 100;

	/**
	 * The most active tokens a business account may hold; the list keeps revoked ones too, but no more
	 * than this many rows in all: the oldest revoked tokens make room for new ones.
	 */
	public static final int MAX_TOKENS = 50;

	static final String PREFIX = "accord_scim_";

	private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final BusinessAccess access;

	private final BusinessAccountService businesses;

	private final AccountService people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ScimTokens(JdbcClient jdbc, BusinessAccess access, BusinessAccountService businesses, AccountService people,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.businesses = businesses;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** A new token for this business account; the caller must be one of its active Account Administrators. */
	@Transactional
	public CreatedScimToken create(UUID accountId, UUID callerId, String name) {
		this.access.administrator(accountId, callerId);
		String trimmed = (name != null) ? name.trim() : "";
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH || !PlainText.isSingleLine(trimmed)) {
			throw ValidationException.of("name", "scim.token.name.invalid");
		}
		// Two creates at once must not both take the last place.
		this.businesses.lock(accountId);
		long active = this.jdbc
			.sql("SELECT count(*) FROM scim_token WHERE business_account_id = ? AND revoked_at IS NULL")
			.param(accountId)
			.query(Long.class)
			.single();
		if (active >= MAX_TOKENS) {
			throw ValidationException.of("name", "scim.token.tooMany");
		}
		long held = this.jdbc.sql("SELECT count(*) FROM scim_token WHERE business_account_id = ?")
			.param(accountId)
			.query(Long.class)
			.single();
		if (held >= MAX_TOKENS) {
			this.jdbc.sql("""
					DELETE FROM scim_token WHERE id IN (SELECT id FROM scim_token
					WHERE business_account_id = ? AND revoked_at IS NOT NULL ORDER BY revoked_at, id LIMIT ?)""")
				.params(accountId, held - MAX_TOKENS + 1)
				.update();
		}
		UUID id = UUID.randomUUID();
		String token = SecureTokens.generate(PREFIX);
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO scim_token (id, business_account_id, name, token_hash, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(id, accountId, trimmed, SecureTokens.sha256(token), callerId, Timestamps.toDb(now))
			.update();
		this.events.publishEvent(new ScimTokenCreated(accountId, Actor.person(callerId), id, trimmed));
		return new CreatedScimToken(id, trimmed, token, now);
	}

	/** The business account's tokens, newest first, for its Account Administrators. */
	@Transactional(readOnly = true)
	public List<ScimTokenView> list(UUID accountId, UUID callerId) {
		this.access.administrator(accountId, callerId);
		List<Row> rows = this.jdbc.sql("""
				SELECT id, name, created_by, created_at, last_used_at, revoked_at FROM scim_token
				WHERE business_account_id = ? ORDER BY created_at DESC, id""")
			.param(accountId)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("created_by", UUID.class), Timestamps.fromDb(rs, "created_at"),
					Timestamps.fromDb(rs, "last_used_at"), Timestamps.fromDb(rs, "revoked_at")))
			.list();
		Map<UUID, String> names = this.people
			.displayNames(rows.stream().map(Row::createdBy).filter(java.util.Objects::nonNull).distinct().toList());
		return rows.stream()
			.map((r) -> new ScimTokenView(r.id(), r.name(), names.get(r.createdBy()), r.createdAt(), r.lastUsedAt(),
					r.revokedAt()))
			.toList();
	}

	/** Revokes a token of this business account at once; an unknown or already revoked one is {@link NotFoundException}. */
	@Transactional
	public void revoke(UUID accountId, UUID callerId, UUID tokenId) {
		this.access.administrator(accountId, callerId);
		String name = this.jdbc
			.sql("SELECT name FROM scim_token WHERE id = ? AND business_account_id = ? AND revoked_at IS NULL FOR UPDATE")
			.params(tokenId, accountId)
			.query(String.class)
			.optional()
			.orElseThrow(NotFoundException::new);
		this.jdbc.sql("UPDATE scim_token SET revoked_at = ? WHERE id = ?")
			.params(Timestamps.toDb(this.clock.instant()), tokenId)
			.update();
		this.events.publishEvent(new ScimTokenRevoked(accountId, Actor.person(callerId), tokenId, name));
	}

	/** The business account a live token acts for, recording its use; empty for unknown or revoked tokens. */
	@Transactional
	Optional<UUID> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				SELECT id, business_account_id, last_used_at FROM scim_token
				WHERE token_hash = ? AND revoked_at IS NULL""")
			.param(SecureTokens.sha256(token))
			.query((rs, n) -> {
				Instant lastUsed = Timestamps.fromDb(rs, "last_used_at");
				if (lastUsed == null || !lastUsed.isAfter(now.minus(LAST_USE_PRECISION))) {
					recordUse(rs.getObject("id", UUID.class), now);
				}
				return rs.getObject("business_account_id", UUID.class);
			})
			.optional();
	}

	private void recordUse(UUID tokenId, Instant now) {
		this.jdbc.sql("""
				UPDATE scim_token SET last_used_at = ?
				WHERE id = ? AND (last_used_at IS NULL OR last_used_at <= ?)""")
			.params(Timestamps.toDb(now), tokenId, Timestamps.toDb(now.minus(LAST_USE_PRECISION)))
			.update();
	}

	private record Row(UUID id, String name, UUID createdBy, Instant createdAt, Instant lastUsedAt,
			Instant revokedAt) {
	}

}
