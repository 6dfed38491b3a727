package dev.accord.account;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Whether people have a second step set up: an authenticator app (TOTP) or a passkey. Other modules
 * ask it, for example to enforce a business account's "Require two-step verification".
 */
public interface TwoStepStatus {

	/** Whether this person has at least one second step set up and confirmed. */
	boolean enabled(UUID userId);

	/** Of these people, the ones who have a second step, in one query per method (no N+1). */
	Set<UUID> enabledAmong(Collection<UUID> userIds);

}
