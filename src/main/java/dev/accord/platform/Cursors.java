package dev.accord.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;

/**
 * Opaque keyset cursors: the last key of a page, base64url-encoded. A cursor that was not made
 * here is refused ({@link MalformedCursorException}), never read as "start from the first page".
 */
public final class Cursors {

	private static final int MAX_LENGTH = 400;

	private Cursors() {
	}

	public static String encode(String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
	}

	/** The key, or null for no (or a blank) cursor. */
	public static String decode(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		if (cursor.length() > MAX_LENGTH) {
			throw new MalformedCursorException();
		}
		try {
			byte[] bytes = Base64.getUrlDecoder().decode(cursor);
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (IllegalArgumentException | CharacterCodingException ex) {
			throw new MalformedCursorException();
		}
	}

	/** The key read by {@code parse}, or null for no cursor; any failure to read it is a malformed cursor. */
	public static <T> T decode(String cursor, Function<String, T> parse) {
		String key = decode(cursor);
		if (key == null) {
			return null;
		}
		try {
			T value = parse.apply(key);
			if (value == null) {
				throw new MalformedCursorException();
			}
			return value;
		}
		catch (RuntimeException ex) {
			throw (ex instanceof MalformedCursorException malformed) ? malformed : new MalformedCursorException();
		}
	}

}
