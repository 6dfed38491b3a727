package dev.accord.licensing;

import java.security.SecureRandom;
import java.util.Locale;

import dev.accord.platform.SecureTokens;

/**
 * License key strings: 25 random Crockford base32 characters (125 bits), shown in groups of five
 * after the product prefix ({@code ACRD-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX}); looked up by SHA-256 of the
 * normalized form, so typing them in lower case or with spaces works.
 */
final class KeyCodes {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private KeyCodes() {
	}

	static String generate() {
		StringBuilder key = new StringBuilder("ACRD");
		for (int group = 0; group < 5; group++) {
			key.append('-');
			for (int i = 0; i < 5; i++) {
				key.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
			}
		}
		return key.toString();
	}

	static String normalize(String key) {
		return (key == null) ? "" : key.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

	static String hash(String key) {
		return SecureTokens.sha256(normalize(key));
	}

}
