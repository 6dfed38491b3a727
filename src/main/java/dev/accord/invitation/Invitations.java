package dev.accord.invitation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.accord.platform.Keyset;
import dev.accord.platform.ListRange;
import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored invitations and their replaced links. Changes are written only while the invitation
 * is still open in the database, so that of two callers racing on one invitation one wins.
 */
@Repository
class Invitations {

	/** {@link Invitation#isPending} in SQL, mirroring it, for lists filtered in the database; binds {@code :now}. */
	static final String PENDING = "status = 'PENDING' AND expires_at > :now";

	/** The SQL form of {@code status(clock) == EXPIRED}: open, but past its time. Binds {@code :now}. */
	static final String EXPIRED = "status = 'PENDING' AND expires_at <= :now";

	private static final String SELECT = """
			SELECT id, business_account_id, email, language, role, status, invited_by, created_at, token_hash,
			       sent_at, expires_at, validity_days, invitee_resent_at
			FROM invitation""";

	private static final RowMapper<Invitation> INVITATION = (rs, n) -> new Invitation(StoredInvitation.read(rs));

	private final JdbcClient jdbc;

	private final JdbcOperations batch;

	Invitations(JdbcClient jdbc, JdbcOperations batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Adds new invitations in one batch. */
	void addAll(Collection<Invitation> invitations) {
		this.batch.batchUpdate("""
				INSERT INTO invitation (id, business_account_id, email, language, token_hash, status, invited_by,
				                        created_at, sent_at, expires_at, validity_days, role)
				VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?)""", invitations.stream()
			.map((i) -> new Object[] { i.id(), i.businessAccountId(), i.email(), i.language().tag(),
					i.link().tokenHash(), i.invitedBy(), Timestamps.toDb(i.createdAt()),
					Timestamps.toDb(i.link().sentAt()), Timestamps.toDb(i.link().expiresAt()), i.chosenValidityDays(),
					i.role().name() })
			.toList());
	}

	Optional<Invitation> byId(UUID accountId, UUID id) {
		return this.jdbc.sql(SELECT + " WHERE business_account_id = ? AND id = ?")
			.params(accountId, id)
			.query(INVITATION)
			.optional();
	}

	Optional<Invitation> byTokenHash(String tokenHash) {
		return this.jdbc.sql(SELECT + " WHERE token_hash = ?").param(tokenHash).query(INVITATION).optional();
	}

	/** The invitation whose link this was before a renewal replaced it. */
	Optional<Invitation> byReplacedTokenHash(String tokenHash) {
		return this.jdbc
			.sql(SELECT + " WHERE id = (SELECT r.invitation_id FROM invitation_replaced_link r WHERE r.token_hash = ?)")
			.param(tokenHash)
			.query(INVITATION)
			.optional();
	}

	/** The open invitations of the account for these (normalized) addresses, by address, in one query. */
	Map<String, Invitation> openFor(UUID accountId, Collection<String> emails) {
		if (emails.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(SELECT + " WHERE business_account_id = :account AND email IN (:emails) AND status = 'PENDING'")
			.param("account", accountId)
			.param("emails", emails)
			.query(INVITATION)
			.list()
			.stream()
			.collect(Collectors.toMap(Invitation::email, Function.identity(), (first, second) -> first));
	}

	/** The pending invitations for an address, in every account. */
	List<Invitation> pendingFor(String email, Instant now) {
		return this.jdbc.sql(SELECT + " WHERE email = :email AND " + PENDING)
			.param("email", email)
			.param("now", Timestamps.toDb(now))
			.query(INVITATION)
			.list();
	}

	/**
	 * Invitations of an account, newest first (ties by id), from the cursor in reading order (oldest
	 * first before the key when going back); {@code status} null for all.
	 */
	List<Invitation> page(UUID accountId, InvitationStatus status, Instant now, Keyset at, int limit) {
		InvitationPage.Key after = at.key(InvitationPage.Key::parse);
		String where = " WHERE business_account_id = :account" + filter(status);
		String op = at.backward() ? ">" : "<";
		if (after != null) {
			where += " AND (created_at " + op + " :afterCreated OR (created_at = :afterCreated AND id " + op + " :afterId))";
		}
		String direction = at.backward() ? " ASC" : " DESC";
		var spec = this.jdbc.sql(SELECT + where + " ORDER BY created_at" + direction + ", id" + direction + " LIMIT :limit")
			.param("account", accountId)
			.param("limit", limit);
		spec = where.contains(":now") ? spec.param("now", Timestamps.toDb(now)) : spec;
		spec = where.contains(":status") ? spec.param("status", status.name()) : spec;
		if (after != null) {
			spec = spec.param("afterCreated", Timestamps.toDb(after.createdAt())).param("afterId", after.id());
		}
		return spec.query(INVITATION).list();
	}

	/** How many invitations of the account have the status (null for all), counting at most the cap and one. */
	long count(UUID accountId, InvitationStatus status, Instant now) {
		String where = " WHERE business_account_id = :account" + filter(status);
		var spec = this.jdbc.sql(ListRange.cappedCount("SELECT id FROM invitation" + where)).param("account", accountId);
		spec = where.contains(":now") ? spec.param("now", Timestamps.toDb(now)) : spec;
		spec = where.contains(":status") ? spec.param("status", status.name()) : spec;
		return spec.query(Long.class).single();
	}

	private static String filter(InvitationStatus status) {
		if (status == null) {
			return "";
		}
		return switch (status) {
			case PENDING -> " AND " + PENDING;
			case EXPIRED -> " AND " + EXPIRED;
			case ACCEPTED, REVOKED -> " AND status = :status";
		};
	}

	/** Writes an acceptance, if the invitation is still pending in the database; true for the one caller that wins. */
	boolean accepted(Invitation invitation) {
		return this.jdbc.sql("UPDATE invitation SET status = 'ACCEPTED', accepted_at = :now, accepted_by = :by"
				+ " WHERE id = :id AND " + PENDING)
			.param("now", Timestamps.toDb(invitation.closedAt()))
			.param("by", invitation.acceptedBy())
			.param("id", invitation.id())
			.update() == 1;
	}

	/** Writes who accepted, once their account exists. */
	void acceptedBy(Invitation invitation) {
		this.jdbc.sql("UPDATE invitation SET accepted_by = ? WHERE id = ?")
			.params(invitation.acceptedBy(), invitation.id())
			.update();
	}

	/** Writes a revocation, if the invitation is still open in the database. */
	boolean revoked(Invitation invitation) {
		return this.jdbc.sql("UPDATE invitation SET status = 'REVOKED', revoked_at = ? WHERE id = ? AND status = 'PENDING'")
			.params(Timestamps.toDb(invitation.closedAt()), invitation.id())
			.update() == 1;
	}

	/**
	 * Writes the new link, language, validity and role an administrator re-sent the invitation
	 * with, if it is still open in the database.
	 */
	boolean resent(Invitation invitation) {
		InvitationLink link = invitation.link();
		return keepReplaced(invitation, this.jdbc.sql("""
				UPDATE invitation SET token_hash = ?, language = ?, sent_at = ?, expires_at = ?, validity_days = ?, role = ?
				WHERE id = ? AND status = 'PENDING'""")
			.params(link.tokenHash(), invitation.language().tag(), Timestamps.toDb(link.sentAt()),
					Timestamps.toDb(link.expiresAt()), invitation.chosenValidityDays(), invitation.role().name(),
					invitation.id())
			.update() == 1);
	}

	/**
	 * Writes the new link the invited person asked for, if the invitation is still open in the
	 * database and they had not asked since {@code askedBefore} (two requests at once send one link).
	 */
	boolean resentToInvitee(Invitation invitation, Instant askedBefore) {
		InvitationLink link = invitation.link();
		return keepReplaced(invitation, this.jdbc.sql("""
				UPDATE invitation SET token_hash = ?, sent_at = ?, expires_at = ?, invitee_resent_at = ?
				WHERE id = ? AND status = 'PENDING' AND (invitee_resent_at IS NULL OR invitee_resent_at <= ?)""")
			.params(link.tokenHash(), Timestamps.toDb(link.sentAt()), Timestamps.toDb(link.expiresAt()),
					Timestamps.toDb(invitation.inviteeResentAt()), invitation.id(), Timestamps.toDb(askedBefore))
			.update() == 1);
	}

	/** Keeps the link a renewal replaced, so whoever opens it is told so. */
	private boolean keepReplaced(Invitation invitation, boolean renewed) {
		if (renewed && invitation.replacedLink() != null) {
			this.jdbc.sql("""
					INSERT INTO invitation_replaced_link (token_hash, invitation_id, replaced_at) VALUES (?, ?, ?)
					ON CONFLICT DO NOTHING""")
				.params(invitation.replacedLink().tokenHash(), invitation.id(),
						Timestamps.toDb(invitation.link().sentAt()))
				.update();
		}
		return renewed;
	}

}
