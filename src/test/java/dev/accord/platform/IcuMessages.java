package dev.accord.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;

/**
 * What can go wrong in a message with arguments, read the way {@link PluralMessageSource} reads it:
 * it does not parse, an argument is lost (an apostrophe quoted it away), a stray apostrophe shows,
 * or a plural lacks a form its language needs for some count from 0 to 1,000.
 */
final class IcuMessages {

	private IcuMessages() {
	}

	static List<String> problems(String where, String value, Locale locale) {
		List<String> problems = new ArrayList<>();
		MessagePattern pattern;
		try {
			pattern = new MessagePattern(value);
		}
		catch (IllegalArgumentException ex) {
			return List.of(where + ": does not parse (" + ex.getMessage() + ")");
		}
		Map<Integer, Set<String>> plurals = plurals(pattern);
		Object[] args = new Object[10];
		for (int i = 0; i < args.length; i++) {
			args[i] = plurals.containsKey(i) ? (Object) 7 : "«" + (char) ('A' + i) + "»";
		}
		String formatted = new MessageFormat(value, locale).format(args);
		for (int i = 0; i < args.length; i++) {
			if (value.matches("(?s).*\\{\\s*" + i + "\\s*[,}].*") && !plurals.containsKey(i)
					&& !formatted.contains(args[i].toString())) {
				problems.add(where + ": {" + i + "} is lost (an unescaped apostrophe?)");
			}
		}
		// Each '' written is one apostrophe shown; any other apostrophe was a quote that swallowed text.
		if (formatted.chars().filter((c) -> c == '\'').count() != value.split("''", -1).length - 1) {
			problems.add(where + ": a stray apostrophe survives formatting");
		}
		PluralRules rules = PluralRules.forLocale(locale);
		plurals.forEach((argument, selectors) -> {
			Set<String> missing = new TreeSet<>();
			for (int n = 0; n <= 1000; n++) {
				String category = rules.select(n);
				if (!selectors.contains(category) && !selectors.contains("=" + n)) {
					missing.add(category);
				}
			}
			if (!missing.isEmpty()) {
				problems.add(where + ": the plural of {" + argument + "} lacks " + missing);
			}
		});
		return problems;
	}

	/** Each plural argument's number and the selectors it offers (keywords and {@code =n}). */
	static Map<Integer, Set<String>> plurals(MessagePattern pattern) {
		Map<Integer, Set<String>> plurals = new HashMap<>();
		for (int i = 0; i < pattern.countParts(); i++) {
			MessagePattern.Part part = pattern.getPart(i);
			if (part.getType() != MessagePattern.Part.Type.ARG_START || !part.getArgType().hasPluralStyle()) {
				continue;
			}
			MessagePattern.Part argument = pattern.getPart(i + 1);
			int number = (argument.getType() == MessagePattern.Part.Type.ARG_NUMBER) ? argument.getValue() : -1;
			Set<String> selectors = plurals.computeIfAbsent(number, (n) -> new TreeSet<>());
			int limit = pattern.getLimitPartIndex(i);
			for (int j = i + 2; j < limit; j++) {
				MessagePattern.Part inner = pattern.getPart(j);
				if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
					selectors.add(pattern.getSubstring(inner));
				}
				else if (inner.getType() == MessagePattern.Part.Type.MSG_START) {
					j = pattern.getLimitPartIndex(j);
				}
			}
		}
		return plurals;
	}

}
