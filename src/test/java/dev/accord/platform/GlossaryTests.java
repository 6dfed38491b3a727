package dev.accord.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.accord.licensing.KeyType;
import dev.accord.shared.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product's terms mean the same thing in every language: wherever the English text of a key
 * uses a term of the glossary ({@code src/test/resources/glossary.tsv}), the text of that key in
 * each language uses the agreed translation of that term, and a translation does not use a term
 * the English text does not use. A swapped or drifting translation fails here, with the language,
 * the key, the term and the value.
 */
class GlossaryTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final List<String> BUNDLES = List.of("messages", "mail");

	/** The term each key type's label and choice must name. */
	private static final Map<KeyType, String> KEY_TYPE_TERMS = Map.of(KeyType.PRIMARY, "primary-key",
			KeyType.DYNAMIC, "dynamic", KeyType.RESERVED, "reserved");

	private static Map<String, Term> glossary;

	@BeforeAll
	static void readTheGlossary() throws IOException {
		glossary = glossary();
	}

	@Test
	void theGlossaryHasTheProductTermsAndEachPatternFindsItsOwnAgreedWording() {
		List<String> problems = new ArrayList<>();
		for (Term term : glossary.values()) {
			for (Language language : Language.values()) {
				Entry entry = term.in(language);
				if (!entry.pattern().matcher(entry.agreed()).find()) {
					problems.add(term.id() + " " + language.tag() + ": the pattern /" + entry.pattern().pattern()
							+ "/ does not find the agreed \"" + entry.agreed() + "\"");
				}
			}
		}
		assertThat(glossary).containsKeys("regular-member", "account-administrator", "license-administrator",
				"primary-key", "dynamic", "reserved", "blacklist", "deactivate", "block", "invite-users", "join-account",
				"business-profile", "business-account-users", "dashboard", "subscription", "license-key",
				"registered-computers", "activity");
		assertThat(problems).isEmpty();
	}

	@Test
	void everyLanguageUsesItsAgreedTermExactlyWhereTheEnglishUsesTheTerm() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String bundle : BUNDLES) {
			Properties english = properties(bundle, Language.EN);
			for (Language language : Language.values()) {
				Properties translated = properties(bundle, language);
				for (String key : new TreeSet<>(english.stringPropertyNames())) {
					String englishValue = english.getProperty(key);
					String value = translated.getProperty(key, "");
					for (Term term : glossary.values()) {
						boolean inEnglish = term.in(Language.EN).pattern().matcher(englishValue).find();
						Entry entry = term.in(language);
						boolean inTranslation = entry.pattern().matcher(value).find();
						if (inEnglish && !inTranslation) {
							problems.add(problem(bundle, language, key, "lacks", term, value));
						}
						else if (inTranslation && !inEnglish && !term.shared()) {
							problems.add(problem(bundle, language, key, "uses, though the English does not,", term, value));
						}
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void eachKeyTypeLabelNamesItsOwnTypeAndNoOther() throws IOException {
		assertThat(KEY_TYPE_TERMS).containsOnlyKeys(KeyType.values());
		Map<String, KeyType> keys = new LinkedHashMap<>();
		for (KeyType type : KeyType.values()) {
			keys.put("licensing.type." + type.name(), type);
		}
		keys.put("licensing.type.dynamic.choice", KeyType.DYNAMIC);
		keys.put("licensing.type.reserved.choice", KeyType.RESERVED);
		List<String> problems = new ArrayList<>();
		for (Language language : Language.values()) {
			Properties messages = properties("messages", language);
			keys.forEach((key, type) -> {
				String value = messages.getProperty(key, "");
				KEY_TYPE_TERMS.forEach((other, id) -> {
					Term term = glossary.get(id);
					boolean named = term.in(language).pattern().matcher(value).find();
					if (other == type && !named) {
						problems.add(problem("messages", language, key, "lacks", term, value));
					}
					else if (other != type && named) {
						problems.add(problem("messages", language, key, "names another key type,", term, value));
					}
				});
			});
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void distinctTermsHaveDistinctTranslations() {
		List<String> problems = new ArrayList<>();
		for (Language language : Language.values()) {
			for (Term term : glossary.values()) {
				for (Term other : glossary.values()) {
					if (term == other) {
						continue;
					}
					boolean overlapsInEnglish = other.in(Language.EN).pattern().matcher(term.in(Language.EN).agreed()).find();
					if (!overlapsInEnglish && other.in(language).pattern().matcher(term.in(language).agreed()).find()) {
						problems.add(language.tag() + ": \"" + term.in(language).agreed() + "\" (" + term.id()
								+ ") reads as the term " + other.id() + " /" + other.in(language).pattern().pattern() + "/");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static String problem(String bundle, Language language, String key, String what, Term term, String value) {
		Entry entry = term.in(language);
		return language.tag() + " " + bundle + " " + key + " " + what + " the term " + term.id() + " (\"" + entry.agreed()
				+ "\", /" + entry.pattern().pattern() + "/): \"" + value + "\"";
	}

	private static Map<String, Term> glossary() throws IOException {
		Map<String, Map<Language, Entry>> entries = new LinkedHashMap<>();
		Set<String> shared = new HashSet<>();
		try (InputStream in = GlossaryTests.class.getResourceAsStream("/glossary.tsv")) {
			assertThat(in).as("glossary.tsv on the test classpath").isNotNull();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t", -1);
				assertThat(columns.length).as("glossary.tsv line %d: columns", number).isBetween(3, 5);
				String id = columns[0];
				Language language = Language.ofTag(columns[1])
					.orElseThrow(() -> new IllegalStateException("glossary.tsv: unknown language " + columns[1]));
				String agreed = columns[2];
				String regex = (columns.length > 3 && !columns[3].isEmpty()) ? columns[3] : Pattern.quote(agreed);
				String marker = (columns.length > 4) ? columns[4] : "";
				assertThat(marker).as("glossary.tsv line %d: the fifth column", number).isIn("", "shared");
				assertThat(marker.isEmpty() || language == Language.EN)
					.as("glossary.tsv line %d: \"shared\" belongs on the English line", number)
					.isTrue();
				if (!marker.isEmpty()) {
					shared.add(id);
				}
				Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
				assertThat(entries.computeIfAbsent(id, (i) -> new EnumMap<>(Language.class))
					.put(language, new Entry(agreed, pattern)))
					.as("glossary.tsv line %d: a second line for %s %s", number, id, language.tag())
					.isNull();
			}
		}
		Map<String, Term> terms = new LinkedHashMap<>();
		entries.forEach((id, byLanguage) -> {
			assertThat(byLanguage).as("glossary.tsv: the languages of %s", id).containsOnlyKeys(Language.values());
			terms.put(id, new Term(id, shared.contains(id), byLanguage));
		});
		return terms;
	}

	private static Properties properties(String bundle, Language language) throws IOException {
		String name = "i18n/" + bundle + ((language == Language.EN) ? "" : "_" + language.tag().replace('-', '_'))
				+ ".properties";
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private record Entry(String agreed, Pattern pattern) {
	}

	/** A term of the glossary; shared: its translation may also stand where the English does not use it. */
	private record Term(String id, boolean shared, Map<Language, Entry> entries) {

		Entry in(Language language) {
			return this.entries.get(language);
		}

	}

}
