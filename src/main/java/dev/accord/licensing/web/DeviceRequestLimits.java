package dev.accord.licensing.web;

import dev.accord.platform.PlainText;

/**
 * The size rules of the device API's requests, in one place: the controller's records validate
 * with them, and {@link DeviceApiFastPath} checks them before it answers a call itself.
 */
final class DeviceRequestLimits {

	/** A license key as typed (groups and dashes included). */
	static final int LICENSE_KEY = 60;

	/** A device id, computer name or serial number. */
	static final int TEXT = 200;

	static final int MAC_ADDRESS = 64;

	/** The largest request body the fast path reads; a larger one goes to the controller. */
	static final int BODY = 4096;

	private DeviceRequestLimits() {
	}

	/** Present, not blank, one line, at most {@code max} characters. */
	static boolean fits(String text, int max) {
		return text != null && !text.isBlank() && text.length() <= max && PlainText.isSingleLine(text);
	}

	/** Absent, or one line of at most {@code max} characters. */
	static boolean fitsOrNull(String text, int max) {
		return text == null || (text.length() <= max && PlainText.isSingleLine(text));
	}

}
