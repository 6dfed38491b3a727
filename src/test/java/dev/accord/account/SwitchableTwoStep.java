package dev.accord.account;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * A second step that tests switch on and off per person, standing in for an authenticator app or
 * a passkey. Nobody has it until a test says so, so other tests see no difference.
 */
@Component
public class SwitchableTwoStep implements TwoStepMethod {

	private final Set<UUID> enabled = ConcurrentHashMap.newKeySet();

	public void enable(UUID userId) {
		this.enabled.add(userId);
	}

	public void disable(UUID userId) {
		this.enabled.remove(userId);
	}

	@Override
	public boolean enabled(UUID userId) {
		return this.enabled.contains(userId);
	}

	@Override
	public Set<UUID> enabledAmong(Collection<UUID> userIds) {
		return userIds.stream().filter(this.enabled::contains).collect(java.util.stream.Collectors.toSet());
	}

}
