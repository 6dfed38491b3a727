package dev.accord.business;

import java.util.Map;
import java.util.UUID;

/**
 * A part of the personal Dashboard that another module fills in (e.g. the invitations waiting for
 * the person). The Dashboard's handler asks every section for its model attributes, so the page
 * is whole without JavaScript and no module matches URLs to add to it.
 */
public interface PersonalDashboardSection {

	/** The model attributes this section adds to this person's personal Dashboard. */
	Map<String, ?> attributes(UUID personId);

}
