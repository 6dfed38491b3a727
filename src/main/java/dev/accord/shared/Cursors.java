package dev.accord.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque keyset cursors: the last key of a page, base64url-encoded. */
public final class Cursors {

	private Cursors() {
	}

	public static String encode(String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
	}

	/** The key, or null for no cursor; a malformed cursor starts from the beginning. */
	public static String decode(String cursor) {
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
