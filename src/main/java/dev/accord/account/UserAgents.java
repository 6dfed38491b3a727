package dev.accord.account;

import org.springframework.stereotype.Component;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * Names the browser and operating system of a {@code User-Agent} header with ua-parser's shared
 * rules, e.g. "Firefox 128" and "Windows 10". The rules are loaded once, when the first session
 * list is shown.
 */
@Component
class UserAgents {

	/** The most characters of a header that are kept with a session and parsed. */
	static final int MAX_LENGTH = 512;

	private volatile Parser parser;

	/** The browser and operating system; each null when the header does not tell. */
	Parsed parse(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return new Parsed(null, null);
		}
		Client client = parser().parse(cut(userAgent));
		return new Parsed(name(client.userAgent.family, client.userAgent.major),
				name(client.os.family, client.os.major));
	}

	static String cut(String userAgent) {
		return (userAgent == null || userAgent.length() <= MAX_LENGTH) ? userAgent
				: userAgent.substring(0, MAX_LENGTH);
	}

	private static String name(String family, String major) {
		if (family == null || family.isBlank() || "Other".equals(family)) {
			return null;
		}
		return (major == null || major.isBlank()) ? family : family + " " + major;
	}

	private Parser parser() {
		Parser loaded = this.parser;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.parser;
				if (loaded == null) {
					loaded = new Parser();
					this.parser = loaded;
				}
			}
		}
		return loaded;
	}

	/** What a user agent says about itself. */
	record Parsed(String browser, String os) {
	}

}
