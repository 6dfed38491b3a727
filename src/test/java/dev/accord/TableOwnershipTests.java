package dev.accord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module lists the tables it owns in its {@code package-info.java} ({@code Tables: {@code a},
 * {@code b}.}); its SQL names only those. Modulith sees Java dependencies, not SQL ones: a query
 * that joins another module's table is a dependency nobody declared, so this test refuses it.
 */
class TableOwnershipTests {

	private static final Path SOURCES = Path.of("src/main/java/dev/accord");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Pattern TABLES_LINE = Pattern.compile("Tables:([^\\n]*)");

	private static final Pattern CODE = Pattern.compile("\\{@code ([a-z_][a-z0-9_]*)}");

	private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	private static final Pattern TABLE_REFERENCE = Pattern
		.compile("(?i)\\b(?:from|join|into|update|table|exists)\\s+([a-z_][a-z0-9_]*)");

	@Test
	void everyTableIsOwnedByExactlyOneModule() {
		Map<String, List<String>> owners = new TreeMap<>();
		ownedTables().forEach((module, tables) -> tables
			.forEach((table) -> owners.computeIfAbsent(table, (t) -> new ArrayList<>()).add(module)));

		for (String table : createdTables()) {
			assertThat(owners.getOrDefault(table, List.of())).as("the modules that list table %s", table).hasSize(1);
		}
		assertThat(createdTables()).as("tables listed in package-info.java exist").containsAll(owners.keySet());
	}

	@Test
	void noModuleNamesAnotherModulesTable() {
		Map<String, Set<String>> owned = ownedTables();
		Set<String> all = createdTables();
		List<String> foreign = new ArrayList<>();
		owned.keySet().forEach((module) -> javaFiles(SOURCES.resolve(module)).forEach((file) -> {
			for (String table : referencedTables(file, all)) {
				if (!owned.get(module).contains(table)) {
					foreign.add(SOURCES.relativize(file) + " names " + table);
				}
			}
		}));
		assertThat(foreign).as("SQL naming a table that another module owns").isEmpty();
	}

	private static Map<String, Set<String>> ownedTables() {
		Map<String, Set<String>> owned = new TreeMap<>();
		try (Stream<Path> modules = Files.list(SOURCES)) {
			modules.filter((dir) -> Files.isRegularFile(dir.resolve("package-info.java"))).forEach((dir) -> {
				Set<String> tables = new TreeSet<>();
				Matcher line = TABLES_LINE.matcher(read(dir.resolve("package-info.java")));
				while (line.find()) {
					Matcher code = CODE.matcher(line.group(1));
					while (code.find()) {
						tables.add(code.group(1));
					}
				}
				owned.put(dir.getFileName().toString(), tables);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return owned;
	}

	private static Set<String> createdTables() {
		Set<String> tables = new TreeSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			files.filter((file) -> file.toString().endsWith(".sql")).forEach((file) -> {
				Matcher matcher = CREATE_TABLE.matcher(read(file));
				while (matcher.find()) {
					tables.add(matcher.group(1).toLowerCase());
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tables;
	}

	/** The known tables that the string literals of this file name after FROM, JOIN, INTO, UPDATE, … */
	private static Set<String> referencedTables(Path file, Set<String> known) {
		Set<String> tables = new TreeSet<>();
		for (String literal : stringLiterals(read(file))) {
			Matcher reference = TABLE_REFERENCE.matcher(literal);
			while (reference.find()) {
				String table = reference.group(1).toLowerCase();
				if (known.contains(table)) {
					tables.add(table);
				}
			}
		}
		return tables;
	}

	/** The contents of the string literals and text blocks of Java source, comments left out. */
	static List<String> stringLiterals(String source) {
		List<String> literals = new ArrayList<>();
		int i = 0;
		while (i < source.length()) {
			if (source.startsWith("//", i)) {
				i = end(source, "\n", i + 2);
			}
			else if (source.startsWith("/*", i)) {
				i = end(source, "*/", i + 2);
			}
			else if (source.startsWith("\"\"\"", i)) {
				int close = end(source, "\"\"\"", i + 3);
				literals.add(source.substring(i + 3, Math.max(i + 3, close - 3)));
				i = close;
			}
			else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
				char quote = source.charAt(i);
				int j = i + 1;
				while (j < source.length() && source.charAt(j) != quote && source.charAt(j) != '\n') {
					j += (source.charAt(j) == '\\') ? 2 : 1;
				}
				literals.add(source.substring(i + 1, Math.min(j, source.length())));
				i = j + 1;
			}
			else {
				i++;
			}
		}
		return literals;
	}

	private static int end(String source, String terminator, int from) {
		int at = source.indexOf(terminator, from);
		return (at < 0) ? source.length() : at + terminator.length();
	}

	private static List<Path> javaFiles(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter((file) -> file.toString().endsWith(".java")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
