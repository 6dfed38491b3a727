package dev.accord.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads the English message bundles, to check that a rendered text left no English behind. */
public final class Bundles {

	private Bundles() {
	}

	/**
	 * The parts (between placeholders) of the English values whose keys start with one of the
	 * prefixes, keeping parts of two words or more: single words may be the same in another language.
	 */
	public static List<String> englishSentences(String bundle, String... keyPrefixes) throws IOException {
		Properties english = new Properties();
		try (InputStream in = Bundles.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
			english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		List<String> sentences = new ArrayList<>();
		for (String key : english.stringPropertyNames()) {
			for (String prefix : keyPrefixes) {
				if (key.startsWith(prefix)) {
					for (String part : english.getProperty(key).split("\\{\\d+\\}")) {
						if (part.trim().split("\\s+").length >= 2) {
							sentences.add(part.trim());
						}
					}
				}
			}
		}
		return sentences;
	}

}
