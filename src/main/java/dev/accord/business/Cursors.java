package dev.accord.business;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque keyset cursors: the last key of a page, base64url-encoded. */
final class Cursors {

	private Cursors() {
	}

	static String encode(String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
	}

	/** The key, or null for no cursor; a malformed cursor starts from the beginning. */
	static String decode(String cursor) {
		if (cursor == null || cursor.isBlank() || cursor.length() > 400) {
			return null;
		}
		try {
			return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
