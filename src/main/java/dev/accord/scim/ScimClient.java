package dev.accord.scim;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

/** The business account whose SCIM token authenticated this request (set by {@link ScimTokenFilter}). */
public final class ScimClient {

	static final String ATTRIBUTE = ScimClient.class.getName();

	private ScimClient() {
	}

	/** The business account of this SCIM request; the filter refused every request without one. */
	public static UUID accountOf(HttpServletRequest request) {
		Object account = request.getAttribute(ATTRIBUTE);
		if (!(account instanceof UUID id)) {
			throw new IllegalStateException("No SCIM token authenticated this request");
		}
		return id;
	}

}
