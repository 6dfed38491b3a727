package dev.accord.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import dev.accord.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts follow each language's plural rules; every other message renders exactly as before. */
class PluralMessageSourceTests {

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private final PluralMessageSource plurals = configure(new PluralMessageSource(), "i18n-test/plurals");

	@Test
	void englishHasOneAndOther() {
		assertThat(counts("computers", Locale.ENGLISH)).containsExactly("1 computer", "2 computers", "5 computers",
				"21 computers", "1,000 computers");
	}

	@Test
	void germanHasOneAndOtherAndGroupsItsOwnWay() {
		assertThat(counts("computers", Locale.GERMAN)).containsExactly("1 Computer und 1 Lizenz",
				"2 Computer und 2 Lizenzen", "5 Computer und 5 Lizenzen", "21 Computer und 21 Lizenzen",
				"1.000 Computer und 1.000 Lizenzen");
	}

	@Test
	void russianHasOneFewAndMany() {
		assertThat(counts("computers", RUSSIAN)).containsExactly("1 компьютер", "2 компьютера", "5 компьютеров",
				"21 компьютер", "1\u00a0000 компьютеров");
	}

	@Test
	void aNamedCountIsBoundToTheFirstArgumentOrTakenFromAMap() {
		assertThat(this.plurals.getMessage("named", new Object[] { 21 }, RUSSIAN)).isEqualTo("21 компьютер");
		assertThat(this.plurals.getMessage("named", new Object[] { Map.of("count", 5) }, Locale.ENGLISH))
			.isEqualTo("5 computers");
	}

	@Test
	void aCountGivenAsTextStillChoosesTheForm() {
		assertThat(this.plurals.getMessage("computers", new Object[] { "2" }, RUSSIAN)).isEqualTo("2 компьютера");
	}

	@Test
	void missingTranslationsFallBackToEnglishAndApostrophesStayAsTheyWere() {
		assertThat(this.plurals.getMessage("english.only", new Object[] { "x" }, RUSSIAN)).isEqualTo("Only in English, x");
		assertThat(this.plurals.getMessage("apostrophe", new Object[] { "Ana" }, Locale.ENGLISH))
			.isEqualTo("Ana's computer");
		assertThat(this.plurals.getMessage("missing", new Object[] { 1 }, "Default {0}", Locale.ENGLISH))
			.isEqualTo("Default 1");
		assertThat(this.plurals.getMessage(new DefaultMessageSourceResolvable(new String[] { "missing", "computers" },
				new Object[] { 1 }), Locale.ENGLISH)).isEqualTo("1 computer");
	}

	@Test
	void aConfirmationCountReadsRightInEnglishAndRussian() {
		PluralMessageSource app = configure(new PluralMessageSource(), "i18n/messages");
		assertThat(confirmed(app, "computers.confirm.deactivate", Locale.ENGLISH, "Main")).containsExactly(
				"1 computer of Main is deactivated and its license is freed at once. It activates again when it next asks, if a license is free.",
				"2 computers of Main are deactivated and their licenses are freed at once. They activate again when they next ask, if licenses are free.",
				"5 computers of Main are deactivated and their licenses are freed at once. They activate again when they next ask, if licenses are free.",
				"21 computers of Main are deactivated and their licenses are freed at once. They activate again when they next ask, if licenses are free.");
		assertThat(confirmed(app, "computers.confirm.deactivate", RUSSIAN, "Main")).containsExactly(
				"1 компьютер ключа «Main» будет деактивирован, и его лицензия сразу освободится. При следующем запросе он снова активируется, если есть свободная лицензия.",
				"2 компьютера ключа «Main» будут деактивированы, и их лицензии сразу освободятся. При следующем запросе они снова активируются, если есть свободные лицензии.",
				"5 компьютеров ключа «Main» будут деактивированы, и их лицензии сразу освободятся. При следующем запросе они снова активируются, если есть свободные лицензии.",
				"21 компьютер ключа «Main» будет деактивирован, и его лицензия сразу освободится. При следующем запросе он снова активируется, если есть свободная лицензия.");
		assertThat(confirmed(app, "membership.block.keys", Locale.ENGLISH)).containsExactly(
				"They administer 1 license key and cannot manage it while blocked.",
				"They administer 2 license keys and cannot manage them while blocked.",
				"They administer 5 license keys and cannot manage them while blocked.",
				"They administer 21 license keys and cannot manage them while blocked.");
		assertThat(confirmed(app, "membership.block.keys", RUSSIAN)).containsExactly(
				"Участник администрирует 1 лицензионный ключ и не сможет управлять им, пока заблокирован.",
				"Участник администрирует 2 лицензионных ключа и не сможет управлять ими, пока заблокирован.",
				"Участник администрирует 5 лицензионных ключей и не сможет управлять ими, пока заблокирован.",
				"Участник администрирует 21 лицензионный ключ и не сможет управлять им, пока заблокирован.");
	}

	@Test
	void frenchSaysZeroInTheSingularAndJapaneseHasOneForm() {
		PluralMessageSource app = configure(new PluralMessageSource(), "i18n/messages");
		assertThat(app.getMessage("licensing.key.delete.computers", new Object[] { 0L }, Locale.FRENCH))
			.isEqualTo("0 ordinateur activé est désactivé.");
		assertThat(app.getMessage("licensing.key.delete.computers", new Object[] { 2L }, Locale.FRENCH))
			.isEqualTo("2 ordinateurs activés sont désactivés.");
		assertThat(app.getMessage("licensing.key.delete.computers", new Object[] { 1L }, Locale.JAPANESE))
			.isEqualTo("アクティベートされている 1 台のコンピューターが非アクティブ化されます。");
		assertThat(app.getMessage("licensing.key.delete.computers", new Object[] { 5L }, Locale.JAPANESE))
			.isEqualTo("アクティベートされている 5 台のコンピューターが非アクティブ化されます。");
	}

	/** What {@link Confirmation#count} says for 1, 2, 5 and 21, as the confirmation dialog renders it. */
	private static List<String> confirmed(PluralMessageSource messages, String key, Locale locale, Object... more) {
		return List.of(1, 2, 5, 21).stream().map((n) -> {
			Confirmation.Sentence sentence = Confirmation.of("title", "button", "/action", "/cancel")
				.count(key, n, more)
				.sentences()
				.get(0);
			assertThat(sentence.key()).isEqualTo(key);
			return messages.getMessage(sentence.key(), sentence.arguments(), locale);
		}).toList();
	}

	/**
	 * Every message of the application's bundles without a plural, in every language, with and
	 * without arguments, text or numbers, reads exactly as Spring's own message source wrote it.
	 */
	@Test
	void everyExistingMessageRendersAsBefore() throws Exception {
		PluralMessageSource icu = configure(new PluralMessageSource(), "i18n/messages", "i18n/mail");
		ResourceBundleMessageSource spring = configure(new ResourceBundleMessageSource(), "i18n/messages", "i18n/mail");
		List<String> differences = new ArrayList<>();
		int compared = 0;
		for (String bundle : List.of("messages", "mail")) {
			Properties english = MessageBundlesTests.properties("i18n/" + bundle + ".properties");
			for (Language language : Language.values()) {
				for (String key : english.stringPropertyNames()) {
					String pattern = icu.getMessage(key, null, language.locale());
					if (pattern.contains("plural,")) {
						continue;
					}
					for (Object[] args : List.of(new Object[0], new Object[] { "«A»", "«B»", "«C»", "«D»", "«E»" },
							new Object[] { 1, 2001, 3, 4, 5 })) {
						if (args.length > 0 && !pattern.matches("(?s).*\\{\\d.*")) {
							continue; // never given arguments (with some, Spring's own would drop its apostrophes)
						}
						String before;
						try {
							before = spring.getMessage(key, args, language.locale());
						}
						catch (IllegalArgumentException ex) {
							continue; // {max} and {min} are Bean Validation's; Spring never formatted them
						}
						String after = icu.getMessage(key, args, language.locale());
						compared++;
						if (!before.equals(after)) {
							differences.add(language + " " + key + ": " + before + " ≠ " + after);
						}
					}
				}
			}
		}
		assertThat(differences).isEmpty();
		assertThat(compared).isGreaterThan(5_000);
	}

	private List<String> counts(String code, Locale locale) {
		return List.of(1, 2, 5, 21, 1000)
			.stream()
			.map((n) -> this.plurals.getMessage(code, new Object[] { n }, locale))
			.toList();
	}

	private static <T extends ResourceBundleMessageSource> T configure(T messages, String... basenames) {
		messages.setBasenames(basenames);
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
