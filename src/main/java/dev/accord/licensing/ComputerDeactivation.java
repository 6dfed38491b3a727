package dev.accord.licensing;

import org.springframework.stereotype.Component;

/** Frees a computer's seat: under the subscription's lock, the activation ends and its key counts one less. */
@Component
class ComputerDeactivation {

	private final Subscriptions subscriptions;

	private final Activations activations;

	private final LicenseKeys keys;

	ComputerDeactivation(Subscriptions subscriptions, Activations activations, LicenseKeys keys) {
		this.subscriptions = subscriptions;
		this.activations = activations;
		this.keys = keys;
	}

	/** True when the computer was active (and now is not); a deactivated computer stays as it is. */
	boolean deactivate(Activation computer) {
		this.subscriptions.lockRow(computer.subscriptionId());
		// Read again under the lock: the computer may have moved to another key meanwhile.
		Activation current = this.activations.find(computer.id()).orElse(null);
		if (current == null || !this.activations.deactivate(current.id())) {
			return false;
		}
		this.keys.count(current.keyId(), -1);
		return true;
	}

}
