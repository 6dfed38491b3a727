package dev.accord.account;

import java.util.Locale;

/** The browser and operating system a user agent string names, roughly, for people to recognise. */
final class UserAgents {

	private UserAgents() {
	}

	/** The browser's name, or null when the string names none we know. */
	static String browser(String userAgent) {
		String ua = lower(userAgent);
		if (ua.contains("edg/") || ua.contains("edga/") || ua.contains("edgios/")) {
			return "Edge";
		}
		if (ua.contains("opr/") || ua.contains("opera")) {
			return "Opera";
		}
		if (ua.contains("firefox/") || ua.contains("fxios/")) {
			return "Firefox";
		}
		if (ua.contains("chrome/") || ua.contains("chromium/") || ua.contains("crios/")) {
			return "Chrome";
		}
		if (ua.contains("safari/")) {
			return "Safari";
		}
		return null;
	}

	/** The operating system's name, or null when the string names none we know. */
	static String system(String userAgent) {
		String ua = lower(userAgent);
		if (ua.contains("iphone") || ua.contains("ipad") || ua.contains("ipod")) {
			return "iOS";
		}
		if (ua.contains("android")) {
			return "Android";
		}
		if (ua.contains("windows")) {
			return "Windows";
		}
		if (ua.contains("mac os x") || ua.contains("macintosh")) {
			return "macOS";
		}
		if (ua.contains("cros")) {
			return "ChromeOS";
		}
		if (ua.contains("linux")) {
			return "Linux";
		}
		return null;
	}

	private static String lower(String userAgent) {
		return (userAgent != null) ? userAgent.toLowerCase(Locale.ROOT) : "";
	}

}
