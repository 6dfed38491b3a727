package dev.accord.account;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person with at least one passkey has two-step verification: a passkey is possession and a PIN or biometric. */
@Component
class PasskeyTwoStep implements TwoStepMethod {

	private final JdbcClient jdbc;

	PasskeyTwoStep(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean enabled(UUID userId) {
		return !enabledAmong(Set.of(userId)).isEmpty();
	}

	@Override
	public Set<UUID> enabledAmong(Collection<UUID> userIds) {
		if (userIds.isEmpty()) {
			return Set.of();
		}
		Set<UUID> enabled = new HashSet<>();
		this.jdbc.sql("""
				SELECT DISTINCT e.name FROM user_entities e JOIN user_credentials c ON c.user_entity_user_id = e.id
				WHERE e.name IN (:names)""")
			.param("names", userIds.stream().map(UUID::toString).toList())
			.query(String.class)
			.list()
			.forEach((name) -> enabled.add(UUID.fromString(name)));
		return enabled;
	}

}
