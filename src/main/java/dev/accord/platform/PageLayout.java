package dev.accord.platform;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Adds what every page's header shows of the signed-in person (name, email, the account
 * switcher) to a page's model. The modules that know it implement this; the error pages call it
 * too, so that a 403, 404 or 500 keeps the portal's layout.
 */
public interface PageLayout {

	/** Adds the attributes for this request (nothing for a visitor). */
	void addTo(Map<String, Object> model, HttpServletRequest request);

}
