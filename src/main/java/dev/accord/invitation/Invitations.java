package dev.accord.invitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.accord.business.Role;
import dev.accord.shared.Language;
import dev.accord.shared.Timestamps;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored invitations and the log of invitation emails sent. */
@Repository
class Invitations {

	private static final String ROW = """
			SELECT i.id, i.business_account_id, i.email, i.language, i.status, i.expires_at, i.created_at, i.sent_at,
			       i.invited_by, i.validity_days, i.role,
			       u.first_name AS inviter_first, u.last_name AS inviter_last
			FROM invitation i LEFT JOIN user_account u ON u.id = i.invited_by""";

	private final JdbcClient jdbc;

	private final JdbcOperations batch;

	Invitations(JdbcClient jdbc, JdbcOperations batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Adds new pending invitations that share everything but address and token, in one batch. */
	void addAll(UUID accountId, Language language, UUID invitedBy, Instant now, int validityDays, Role role,
			List<Created> rows) {
		var at = Timestamps.toDb(now);
		var expires = Timestamps.toDb(now.plus(java.time.Duration.ofDays(validityDays)));
		this.batch.batchUpdate("""
				INSERT INTO invitation (id, business_account_id, email, language, token_hash, status, invited_by,
				                        created_at, sent_at, expires_at, validity_days, role)
				VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?)""", rows.stream()
			.map((row) -> new Object[] { row.id(), accountId, row.email(), language.tag(), row.tokenHash(), invitedBy, at,
					at, expires, validityDays, role.name() })
			.toList());
	}

	/** Counts {@code count} invitation emails sent now, in one batch. */
	void recordSends(UUID accountId, Instant now, int count) {
		var at = Timestamps.toDb(now);
		List<Object[]> rows = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { UUID.randomUUID(), accountId, at });
		}
		this.batch.batchUpdate("INSERT INTO invitation_send (id, business_account_id, sent_at) VALUES (?, ?, ?)", rows);
	}

	/** A new invitation's own values. */
	record Created(UUID id, String email, String tokenHash) {
	}

	/**
	 * Runs the update that gives a pending invitation a new link and, when it did, keeps the link
	 * it had as replaced.
	 */
	private boolean replaceLink(UUID id, Instant now, java.util.function.BooleanSupplier update) {
		Optional<String> old = this.jdbc.sql("SELECT token_hash FROM invitation WHERE id = ? AND status = 'PENDING'")
			.param(id)
			.query(String.class)
			.optional();
		if (!update.getAsBoolean()) {
			return false;
		}
		old.ifPresent((hash) -> this.jdbc.sql("""
				INSERT INTO invitation_replaced_link (token_hash, invitation_id, replaced_at) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(hash, id, Timestamps.toDb(now))
			.update());
		return true;
	}

	/** The invitation whose link this was before a newer invitation replaced it. */
	Optional<Row> byReplacedTokenHash(String tokenHash) {
		return this.jdbc.sql(ROW + " WHERE i.id = (SELECT r.invitation_id FROM invitation_replaced_link r WHERE r.token_hash = ?)")
			.param(tokenHash)
			.query(this::row)
			.optional();
	}

	Optional<UUID> pendingId(UUID accountId, String email) {
		return this.jdbc.sql("SELECT id FROM invitation WHERE business_account_id = ? AND email = ? AND status = 'PENDING'")
			.params(accountId, email)
			.query(UUID.class)
			.optional();
	}

	/** Which of these (normalized) addresses have a pending invitation, in one query. */
	java.util.Set<String> pendingAmong(UUID accountId, java.util.Collection<String> emails) {
		if (emails.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(this.jdbc.sql("""
				SELECT email FROM invitation WHERE business_account_id = :account AND email IN (:emails) AND status = 'PENDING'""")
			.param("account", accountId)
			.param("emails", emails)
			.query(String.class)
			.list());
	}

	/**
	 * Gives a pending invitation a new token (the old link stops working and says it was replaced),
	 * language, validity (days from now) and role.
	 */
	boolean renew(UUID id, String tokenHash, Language language, Instant now, int validityDays, Role role) {
		return replaceLink(id, now, () -> this.jdbc.sql("""
				UPDATE invitation SET token_hash = ?, language = ?, sent_at = ?, expires_at = ?, validity_days = ?, role = ?
				WHERE id = ? AND status = 'PENDING'""")
			.params(tokenHash, language.tag(), Timestamps.toDb(now),
					Timestamps.toDb(now.plus(java.time.Duration.ofDays(validityDays))), validityDays, role.name(), id)
			.update() == 1);
	}

	/**
	 * As {@link #renew}, for the invited person's own request: only when they last asked at or
	 * before {@code askedBefore}; true for the one caller that renewed it.
	 */
	boolean renewForInvitee(UUID id, String tokenHash, Instant now, Instant expiresAt, Instant askedBefore) {
		return replaceLink(id, now, () -> this.jdbc.sql("""
				UPDATE invitation SET token_hash = ?, sent_at = ?, expires_at = ?, invitee_resent_at = ?
				WHERE id = ? AND status = 'PENDING' AND (invitee_resent_at IS NULL OR invitee_resent_at <= ?)""")
			.params(tokenHash, Timestamps.toDb(now), Timestamps.toDb(expiresAt), Timestamps.toDb(now), id,
					Timestamps.toDb(askedBefore))
			.update() == 1);
	}

	Optional<Row> byTokenHash(String tokenHash) {
		return this.jdbc.sql(ROW + " WHERE i.token_hash = ?").param(tokenHash).query(this::row).optional();
	}

	Optional<Row> byId(UUID accountId, UUID id) {
		return this.jdbc.sql(ROW + " WHERE i.business_account_id = ? AND i.id = ?")
			.params(accountId, id)
			.query(this::row)
			.optional();
	}

	/** Marks the invitation accepted if it is still pending and unexpired; true for the one caller that wins. */
	boolean claim(UUID id, UUID userId, Instant now) {
		return this.jdbc.sql("""
				UPDATE invitation SET status = 'ACCEPTED', accepted_at = ?, accepted_by = ?
				WHERE id = ? AND status = 'PENDING' AND expires_at > ?""")
			.params(Timestamps.toDb(now), userId, id, Timestamps.toDb(now))
			.update() == 1;
	}

	void acceptedBy(UUID id, UUID userId) {
		this.jdbc.sql("UPDATE invitation SET accepted_by = ? WHERE id = ?").params(userId, id).update();
	}

	boolean revoke(UUID id, Instant now) {
		return this.jdbc.sql("UPDATE invitation SET status = 'REVOKED', revoked_at = ? WHERE id = ? AND status = 'PENDING'")
			.params(Timestamps.toDb(now), id)
			.update() == 1;
	}

	/**
	 * Invitations of an account, newest first, after the keyset {@code (createdAt, id)} of the
	 * previous page if given; {@code status} null for all.
	 */
	List<Row> list(UUID accountId, InvitationStatus status, Instant now, Instant afterCreated, UUID afterId,
			int limit) {
		String where = " WHERE i.business_account_id = :account";
		if (status == InvitationStatus.PENDING) {
			where += " AND i.status = 'PENDING' AND i.expires_at > :now";
		}
		else if (status == InvitationStatus.EXPIRED) {
			where += " AND i.status = 'PENDING' AND i.expires_at <= :now";
		}
		else if (status != null) {
			where += " AND i.status = :status";
		}
		if (afterCreated != null) {
			where += " AND (i.created_at < :afterCreated OR (i.created_at = :afterCreated AND i.id > :afterId))";
		}
		var spec = this.jdbc.sql(ROW + where + " ORDER BY i.created_at DESC, i.id LIMIT :limit")
			.param("account", accountId)
			.param("limit", limit);
		if (where.contains(":now")) {
			spec = spec.param("now", Timestamps.toDb(now));
		}
		if (where.contains(":status")) {
			spec = spec.param("status", status.name());
		}
		if (afterCreated != null) {
			spec = spec.param("afterCreated", Timestamps.toDb(afterCreated)).param("afterId", afterId);
		}
		return spec.query(this::row).list();
	}

	/** Pending, unexpired invitations for an email, with the company names. */
	List<PendingInvitation> pendingFor(String email, Instant now) {
		return this.jdbc.sql("""
				SELECT i.id, i.business_account_id, b.company_name FROM invitation i
				JOIN business_account b ON b.id = i.business_account_id
				WHERE i.email = ? AND i.status = 'PENDING' AND i.expires_at > ?
				ORDER BY b.company_name, i.id""")
			.params(email, Timestamps.toDb(now))
			.query((rs, n) -> new PendingInvitation(rs.getObject("id", UUID.class),
					rs.getObject("business_account_id", UUID.class), rs.getString("company_name")))
			.list();
	}

	/** Replaces the keys whose License Administrator the invited person becomes on acceptance. */
	void setLicenseKeys(UUID invitationId, java.util.Collection<UUID> keyIds) {
		this.jdbc.sql("DELETE FROM invitation_license_key WHERE invitation_id = ?").param(invitationId).update();
		for (UUID keyId : keyIds) {
			this.jdbc.sql("INSERT INTO invitation_license_key (invitation_id, license_key_id) VALUES (?, ?)")
				.params(invitationId, keyId)
				.update();
		}
	}

	List<UUID> licenseKeys(UUID invitationId) {
		return this.jdbc.sql("SELECT license_key_id FROM invitation_license_key WHERE invitation_id = ?")
			.param(invitationId)
			.query(UUID.class)
			.list();
	}

	String companyName(UUID accountId) {
		return this.jdbc.sql("SELECT company_name FROM business_account WHERE id = ?").param(accountId).query(String.class).single();
	}

	long sentSince(UUID accountId, Instant since) {
		return this.jdbc.sql("SELECT COUNT(*) FROM invitation_send WHERE business_account_id = ? AND sent_at > ?")
			.params(accountId, Timestamps.toDb(since))
			.query(Long.class)
			.single();
	}

	void recordSend(UUID accountId, Instant now) {
		this.jdbc.sql("INSERT INTO invitation_send (id, business_account_id, sent_at) VALUES (?, ?, ?)")
			.params(UUID.randomUUID(), accountId, Timestamps.toDb(now))
			.update();
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		String first = rs.getString("inviter_first");
		String inviter = (first != null) ? (first + " " + rs.getString("inviter_last")).trim() : "";
		return new Row(rs.getObject("id", UUID.class), rs.getObject("business_account_id", UUID.class),
				rs.getString("email"), Language.fromTagOrDefault(rs.getString("language")), rs.getString("status"),
				rs.getObject("invited_by", UUID.class), inviter, Timestamps.fromDb(rs, "created_at"), Timestamps.fromDb(rs, "sent_at"),
				Timestamps.fromDb(rs, "expires_at"), (Integer) rs.getObject("validity_days"), Role.valueOf(rs.getString("role")),
				false);
	}

	/**
	 * @param validityDays the validity the inviter chose, in days (null for invitations made before
	 * it was kept)
	 * @param role what the invited person becomes on joining
	 * @param replacedLink whether it was found by a link that a newer invitation replaced
	 */
	record Row(UUID id, UUID accountId, String email, Language language, String storedStatus, UUID invitedBy,
			String inviterName, Instant createdAt, Instant sentAt, Instant expiresAt, Integer validityDays, Role role,
			boolean replacedLink) {

		Row asReplacedLink() {
			return new Row(this.id, this.accountId, this.email, this.language, this.storedStatus, this.invitedBy,
					this.inviterName, this.createdAt, this.sentAt, this.expiresAt, this.validityDays, this.role, true);
		}

		InvitationStatus status(Instant now) {
			InvitationStatus stored = InvitationStatus.valueOf(this.storedStatus);
			return (stored == InvitationStatus.PENDING && !this.expiresAt.isAfter(now)) ? InvitationStatus.EXPIRED
					: stored;
		}

		InvitationView view(Instant now) {
			return new InvitationView(this.id, this.email, this.language, status(now), this.inviterName, this.createdAt,
					this.sentAt, this.expiresAt);
		}

	}

}
