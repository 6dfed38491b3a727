package dev.accord.account;

import java.util.UUID;

/**
 * Where a person lands after signing in when they were not on their way somewhere: implemented by
 * the module that knows their business accounts. Without one, everyone lands on {@code /dashboard}.
 */
public interface SignInLanding {

	/** The path to land on, e.g. {@code /business/{id}/dashboard} or {@code /dashboard}. */
	String landingPath(UUID userId);

}
