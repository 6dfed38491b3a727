package dev.accord.business;

import java.util.Map;
import java.util.UUID;

/**
 * A part of a business account's Dashboard that another module shows (licensing: subscriptions and
 * keys). Declared here so that the Dashboard needs to know no such module; each implementation adds
 * what its fragment of the page reads to the model, or nothing when the caller may not see it.
 */
public interface DashboardSection {

	/** Adds this section's model attributes for the caller, a member of the business account. */
	void contribute(UUID businessAccountId, UUID callerId, Map<String, Object> model);

}
