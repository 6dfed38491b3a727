package dev.accord.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the portal speaks (spec §6), each with its own name as shown to people. */
public enum Language {

	EN("en", "English"),
	DE("de", "Deutsch"),
	FR("fr", "Français"),
	ES("es", "Español"),
	IT("it", "Italiano"),
	JA("ja", "日本語"),
	KO("ko", "한국어"),
	ZH_CN("zh-CN", "简体中文"),
	ZH_TW("zh-TW", "繁體中文"),
	RU("ru", "Русский"),
	PT_BR("pt-BR", "Português (Brasil)");

	private final String tag;

	private final String nativeName;

	Language(String tag, String nativeName) {
		this.tag = tag;
		this.nativeName = nativeName;
	}

	/** The BCP 47 tag stored and exchanged over the API, e.g. {@code zh-CN}. */
	public String tag() {
		return this.tag;
	}

	public String nativeName() {
		return this.nativeName;
	}

	public Locale locale() {
		return Locale.forLanguageTag(this.tag);
	}

	/** The language with exactly this tag (case-insensitive), if the portal speaks it. */
	public static Optional<Language> ofTag(String tag) {
		if (tag == null) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter((l) -> l.tag.equalsIgnoreCase(tag.trim())).findFirst();
	}

	/** The closest spoken language for a locale: exact region first, then the bare language. */
	public static Optional<Language> closest(Locale locale) {
		if (locale == null) {
			return Optional.empty();
		}
		Optional<Language> exact = ofTag(locale.toLanguageTag());
		if (exact.isPresent()) {
			return exact;
		}
		if ("zh".equals(locale.getLanguage())) {
			boolean traditional = "Hant".equals(locale.getScript()) || "TW".equals(locale.getCountry())
					|| "HK".equals(locale.getCountry()) || "MO".equals(locale.getCountry());
			return Optional.of(traditional ? ZH_TW : ZH_CN);
		}
		if ("pt".equals(locale.getLanguage())) {
			return Optional.of(PT_BR);
		}
		return ofTag(locale.getLanguage());
	}

	public static Language fromTagOrDefault(String tag) {
		return ofTag(tag).orElse(EN);
	}

}
