package dev.accord.invitation;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The license keys whose License Administrator an invited person becomes when they accept. */
@Repository
class InvitationKeys {

	private final JdbcClient jdbc;

	private final JdbcOperations batch;

	InvitationKeys(JdbcClient jdbc, JdbcOperations batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Replaces the keys whose License Administrator the invited person becomes on acceptance. */
	void replace(UUID invitationId, Collection<UUID> keyIds) {
		this.jdbc.sql("DELETE FROM invitation_license_key WHERE invitation_id = ?").param(invitationId).update();
		if (keyIds.isEmpty()) {
			return;
		}
		this.batch.batchUpdate("INSERT INTO invitation_license_key (invitation_id, license_key_id) VALUES (?, ?)",
				keyIds.stream().map((key) -> new Object[] { invitationId, key }).toList());
	}

	/** The keys whose License Administrator the invited person becomes on acceptance. */
	List<UUID> of(UUID invitationId) {
		return this.jdbc.sql("SELECT license_key_id FROM invitation_license_key WHERE invitation_id = ?")
			.param(invitationId)
			.query(UUID.class)
			.list();
	}

}
