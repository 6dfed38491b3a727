package dev.accord.invitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import dev.accord.business.Role;
import dev.accord.shared.Language;
import dev.accord.platform.Timestamps;

/** The stored columns an {@link Invitation} is loaded from (or a new one is made of). */
record StoredInvitation(UUID id, UUID businessAccountId, String email, Language language, Role role,
		InvitationStatus status, UUID invitedBy, Instant createdAt, InvitationLink link, Integer validityDays,
		Instant inviteeResentAt) {

	/** The invitation of the current row; the query selects every column above. */
	static StoredInvitation read(ResultSet rs) throws SQLException {
		return new StoredInvitation(rs.getObject("id", UUID.class), rs.getObject("business_account_id", UUID.class),
				rs.getString("email"), Language.fromTagOrDefault(rs.getString("language")),
				Role.valueOf(rs.getString("role")), InvitationStatus.valueOf(rs.getString("status")),
				rs.getObject("invited_by", UUID.class), Timestamps.fromDb(rs, "created_at"),
				new InvitationLink(rs.getString("token_hash"), Timestamps.fromDb(rs, "sent_at"),
						Timestamps.fromDb(rs, "expires_at")),
				(Integer) rs.getObject("validity_days"), Timestamps.fromDb(rs, "invitee_resent_at"));
	}

}
