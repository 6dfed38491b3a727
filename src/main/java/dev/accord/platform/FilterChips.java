package dev.accord.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The filters of a list as removable chips, and the links of the list: each chip links to the list
 * without its filter, "Clear filters" to the list without any, and {@link #href(String, String)}
 * to the list as filtered with one more parameter (a page cursor). Parameters kept but not shown as
 * chips (a sort, chosen columns) stay in every link; paging cursors are never carried over.
 * Links are paths with a query string, already encoded and starting with the context path: for
 * {@code th:href="${...}"} (a link expression would encode them again).
 */
public final class FilterChips {

	private final String path;

	private final List<Param> kept = new ArrayList<>();

	private final List<Filter> filters = new ArrayList<>();

	private FilterChips(String path) {
		this.path = path;
	}

	/** The list at this path in the application (without context path or query string). */
	public static FilterChips at(String path) {
		return new FilterChips(contextPath() + path);
	}

	private static String contextPath() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
				? request.getRequest().getContextPath() : "";
	}

	/** A parameter every link keeps that is no filter; null values are left out. */
	public FilterChips keep(String name, Object... values) {
		this.kept.add(new Param(name, strings(values)));
		return this;
	}

	/**
	 * A filter in force (nothing is added when {@code value} is null or blank): its chip reads
	 * "label: text", the label a message key and the text as typed.
	 */
	public FilterChips text(String name, String labelKey, String value) {
		if (value != null && !value.isBlank()) {
			this.filters.add(new Filter(new Param(name, List.of(value)), labelKey, value, List.of()));
		}
		return this;
	}

	/** A filter of one chosen value that the chip shows by a text already in the reader's language. */
	public FilterChips choiceText(String name, String labelKey, String value, String text) {
		this.filters.add(new Filter(new Param(name, List.of(value)), labelKey, text, List.of()));
		return this;
	}

	/**
	 * A filter of one or more chosen values (nothing is added when {@code values} is empty): its chip
	 * reads "label: value, value", each value shown by its message key.
	 */
	public FilterChips choice(String name, String labelKey, List<String> values, List<String> valueKeys) {
		if (!values.isEmpty()) {
			this.filters.add(new Filter(new Param(name, List.copyOf(values)), labelKey, null, List.copyOf(valueKeys)));
		}
		return this;
	}

	public boolean isEmpty() {
		return this.filters.isEmpty();
	}

	/** One chip per filter in force, in the order they were given. */
	public List<Chip> chips() {
		return this.filters.stream()
			.map((f) -> new Chip(f.param().name(), f.labelKey(), f.text(), f.valueKeys(),
					link(this.filters.stream().filter((other) -> other != f).map(Filter::param).toList(), List.of())))
			.toList();
	}

	/** The list without any filter. */
	public String clearHref() {
		return link(List.of(), List.of());
	}

	/**
	 * The list as filtered, with parameters added: names and values in turn (a pair with a null value
	 * is left out).
	 */
	public String href(String... namesAndValues) {
		List<Param> extra = new ArrayList<>();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				extra.add(new Param(namesAndValues[i], List.of(namesAndValues[i + 1])));
			}
		}
		return link(this.filters.stream().map(Filter::param).toList(), extra);
	}

	private String link(List<Param> filters, List<Param> extra) {
		List<Param> params = new ArrayList<>(filters);
		params.addAll(this.kept);
		params.addAll(extra);
		StringBuilder url = new StringBuilder(this.path);
		char separator = '?';
		for (Param param : params) {
			for (String value : param.values()) {
				url.append(separator).append(encode(param.name())).append('=').append(encode(value));
				separator = '&';
			}
		}
		return url.toString();
	}

	private static String encode(String text) {
		// %20 rather than +: every reader of a query string takes it as a space.
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static List<String> strings(Object... values) {
		return Arrays.stream(values).filter(Objects::nonNull).map(String::valueOf).filter((v) -> !v.isBlank()).toList();
	}

	private record Param(String name, List<String> values) {
	}

	private record Filter(Param param, String labelKey, String text, List<String> valueKeys) {
	}

	/**
	 * A filter in force.
	 *
	 * @param name the query parameter
	 * @param labelKey the message key of what is filtered ("Role")
	 * @param text the value as typed, or null when it is shown by {@code valueKeys}
	 * @param valueKeys the message keys of the chosen values
	 * @param removeHref the list without this filter
	 */
	public record Chip(String name, String labelKey, String text, List<String> valueKeys, String removeHref) {
	}

}
