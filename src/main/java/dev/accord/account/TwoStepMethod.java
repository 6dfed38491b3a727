package dev.accord.account;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** One kind of second step (an authenticator app, passkeys); {@link TwoStepMethods} asks them all. */
interface TwoStepMethod {

	boolean enabled(UUID userId);

	Set<UUID> enabledAmong(Collection<UUID> userIds);

}
