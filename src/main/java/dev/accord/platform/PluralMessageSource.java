package dev.accord.platform;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The application's messages, formatted with ICU's {@link MessageFormat} whenever a message has
 * arguments, so a count reads right in every language:
 * {@code {0, plural, one {# computer} other {# computers}}} follows each locale's plural rules
 * (Russian's one/few/many, Japanese's single form). Everything else stays Spring's: the bundles and
 * their fallbacks, a message without arguments returned as written, {@code {0}} arguments, and
 * {@code ''} for an apostrophe in a message with arguments.
 *
 * <p>A message may name its one argument ({@code {count, plural, ...}}); it is then bound to the
 * first argument given, or callers pass a single {@link Map} of named arguments.
 */
public class PluralMessageSource extends ResourceBundleMessageSource {

	private final Map<Locale, Map<String, Compiled>> compiled = new ConcurrentHashMap<>();

	@Override
	protected String getMessageInternal(String code, Object[] args, Locale locale) {
		if (code == null || ObjectUtils.isEmpty(args)) {
			return super.getMessageInternal(code, args, locale);
		}
		Locale target = (locale != null) ? locale : Locale.getDefault();
		String pattern = resolveCodeWithoutArguments(code, target);
		if (pattern == null) {
			return super.getMessageInternal(code, args, target);
		}
		return format(pattern, resolveArguments(args, target), target);
	}

	@Override
	protected String formatMessage(String msg, Object[] args, Locale locale) {
		if (msg == null || ObjectUtils.isEmpty(args)) {
			return super.formatMessage(msg, args, locale);
		}
		return format(msg, args, (locale != null) ? locale : Locale.getDefault());
	}

	private String format(String pattern, Object[] args, Locale locale) {
		Compiled message = this.compiled.computeIfAbsent(locale, (l) -> new ConcurrentHashMap<>())
			.computeIfAbsent(pattern, (p) -> Compiled.of(p, locale));
		return message.format(args);
	}

	/** A parsed message and which of its arguments choose a plural form. */
	private record Compiled(MessageFormat format, Set<Object> pluralArguments) {

		static Compiled of(String pattern, Locale locale) {
			MessageFormat format = new MessageFormat(pattern, locale);
			Set<Object> plural = new HashSet<>();
			MessagePattern parts = new MessagePattern(pattern);
			for (int i = 0; i < parts.countParts() - 1; i++) {
				MessagePattern.Part part = parts.getPart(i);
				if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType().hasPluralStyle()) {
					MessagePattern.Part argument = parts.getPart(i + 1);
					plural.add((argument.getType() == MessagePattern.Part.Type.ARG_NUMBER) ? argument.getValue()
							: parts.getSubstring(argument));
				}
			}
			return new Compiled(format, plural);
		}

		String format(Object[] args) {
			synchronized (this.format) {
				if (!this.format.usesNamedArguments()) {
					return this.format.format(numbers(args));
				}
				if (args.length == 1 && args[0] instanceof Map<?, ?> named) {
					return this.format.format(named);
				}
				Set<String> names = this.format.getArgumentNames();
				if (names.size() != 1) {
					throw new IllegalArgumentException("A message with several named arguments needs a Map of them");
				}
				String name = names.iterator().next();
				return this.format.format(Map.of(name, number(name, args[0])));
			}
		}

		/** A count given as text ("5") still chooses a plural form. */
		private Object[] numbers(Object[] args) {
			Object[] converted = args.clone();
			for (int i = 0; i < converted.length; i++) {
				converted[i] = number(i, converted[i]);
			}
			return converted;
		}

		private Object number(Object argument, Object value) {
			if (value instanceof CharSequence text && this.pluralArguments.contains(argument)) {
				try {
					return new BigDecimal(text.toString().trim());
				}
				catch (NumberFormatException ex) {
					return value;
				}
			}
			return value;
		}

	}

}
