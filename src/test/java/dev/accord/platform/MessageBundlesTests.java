package dev.accord.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.accord.business.MembershipStatus;
import dev.accord.business.Role;
import dev.accord.shared.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a person reads comes from the bundles: each key used exists, each language bundle
 * has exactly the English keys, and no template holds literal words.
 */
class MessageBundlesTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");

	private static final Pattern JAVA_KEY = Pattern
		.compile("\"\\{?((?:validation|error|account|business|role|status|mail)\\.[A-Za-z0-9_.-]+)\\}?\"");

	@Test
	void everyKeyUsedInTemplatesAndCodeExistsInEnglish() throws IOException {
		Set<String> english = keys("i18n/messages.properties");
		english.addAll(keys("i18n/mail.properties"));
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				collect(TEMPLATE_KEY, Files.readString(file), used);
			}
		}
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				collect(JAVA_KEY, Files.readString(file), used);
			}
		}
		for (Role role : Role.values()) {
			used.add(role.messageKey());
		}
		for (MembershipStatus status : MembershipStatus.values()) {
			used.add(status.messageKey());
		}
		used.removeIf((key) -> key.endsWith("."));

		assertThat(english).containsAll(used);
	}

	@Test
	void everyLanguageBundleHasExactlyTheEnglishKeys() throws IOException {
		for (String bundle : List.of("messages", "mail")) {
			Set<String> english = keys("i18n/" + bundle + ".properties");
			for (Language language : Language.values()) {
				String name = "i18n/" + bundle + "_" + language.tag().replace('-', '_') + ".properties";
				if (language != Language.EN && Files.exists(RESOURCES.resolve(name))) {
					assertThat(keys(name)).as(name).isEqualTo(english);
				}
			}
		}
	}

	@Test
	void everyTranslationKeepsThePlaceholdersAndFormatsCleanly() throws IOException {
		Pattern placeholder = Pattern.compile("\\{\\s*(\\d+|min|max)\\s*[,}]");
		List<String> problems = new ArrayList<>();
		for (String bundle : List.of("messages", "mail")) {
			Properties english = properties("i18n/" + bundle + ".properties");
			for (Language language : Language.values()) {
				String name = "i18n/" + bundle
						+ ((language == Language.EN) ? "" : "_" + language.tag().replace('-', '_')) + ".properties";
				Properties translated = properties(name);
				for (String key : english.stringPropertyNames()) {
					String value = translated.getProperty(key, "");
					Set<String> expected = new TreeSet<>();
					Set<String> actual = new TreeSet<>();
					collect(placeholder, english.getProperty(key), expected);
					collect(placeholder, value, actual);
					if (!expected.equals(actual)) {
						problems.add(name + " " + key + ": placeholders " + actual + " instead of " + expected);
					}
					if (actual.stream().anyMatch((p) -> p.matches("\\d+"))) {
						problems.addAll(IcuMessages.problems(name + " " + key, value, language.locale()));
					}
					else if (value.contains("''")) {
						problems.add(name + " " + key + ": doubled apostrophe in a message without arguments");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * Problems shows a field error's message without arguments (a {@link ValidationException} carries keys only),
	 * so a key thrown as one must hold no numbered argument: a plural there would show its raw ICU text.
	 */
	@Test
	void fieldErrorMessagesNeedNoArguments() throws IOException {
		Pattern thrown = Pattern.compile("(?:ValidationException\\.of|errors\\.put)\\(([^;]*)\\)");
		Pattern literal = Pattern.compile("\"([a-z][A-Za-z0-9_-]*\\.[A-Za-z0-9_.-]+)\"");
		Set<String> english = keys("i18n/messages.properties");
		Set<String> fieldErrorKeys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher call = thrown.matcher(Files.readString(file));
				while (call.find()) {
					collect(literal, call.group(1), fieldErrorKeys);
				}
			}
		}
		fieldErrorKeys.retainAll(english);
		assertThat(fieldErrorKeys).as("keys thrown as field errors").contains("validation.tooLong.name",
				"invite.emails.empty", "validation.email");
		Pattern argument = Pattern.compile("\\{\\s*\\d+");
		List<String> problems = new ArrayList<>();
		for (Language language : Language.values()) {
			String name = "i18n/messages" + ((language == Language.EN) ? "" : "_" + language.tag().replace('-', '_'))
					+ ".properties";
			Properties bundle = properties(name);
			for (String key : fieldErrorKeys) {
				if (argument.matcher(bundle.getProperty(key, "")).find()) {
					problems.add(name + " " + key + " takes an argument, but field errors are shown without any");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void templatesHoldNoLiteralWords() throws IOException {
		List<String> literals = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				Document document = Jsoup.parse(file.toFile(), "UTF-8");
				for (Element element : document.getAllElements()) {
					if (replacesItsContent(element)) {
						continue;
					}
					for (TextNode text : element.textNodes()) {
						if (text.text().codePoints().anyMatch(Character::isLetter)) {
							literals.add(TEMPLATES.relativize(file) + ": \"" + text.text().trim() + "\"");
						}
					}
				}
			}
		}
		assertThat(literals).isEmpty();
	}

	private static boolean replacesItsContent(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace") || e.hasAttr("th:insert")
					|| e.hasAttr("th:errors")) {
				return true;
			}
		}
		return false;
	}

	private static void collect(Pattern pattern, String text, Set<String> into) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			into.add(matcher.group(1));
		}
	}

	static Set<String> keys(String resource) throws IOException {
		return new TreeSet<>(properties(resource).stringPropertyNames());
	}

	static Properties properties(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(RESOURCES.resolve(resource))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
