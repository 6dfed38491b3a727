package dev.accord.account;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** A person has two-step verification when any {@link TwoStepMethod} says so. */
@Component
class TwoStepMethods implements TwoStepStatus {

	private final List<TwoStepMethod> methods;

	TwoStepMethods(ObjectProvider<TwoStepMethod> methods) {
		this.methods = methods.orderedStream().toList();
	}

	@Override
	public boolean enabled(UUID userId) {
		return this.methods.stream().anyMatch((method) -> method.enabled(userId));
	}

	@Override
	public Set<UUID> enabledAmong(Collection<UUID> userIds) {
		Set<UUID> enabled = new HashSet<>();
		for (TwoStepMethod method : this.methods) {
			if (enabled.size() == userIds.size()) {
				break;
			}
			enabled.addAll(method.enabledAmong(userIds));
		}
		return enabled;
	}

}
