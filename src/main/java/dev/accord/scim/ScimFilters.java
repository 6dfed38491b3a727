package dev.accord.scim;

import java.util.Locale;
import java.util.Set;

import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.filters.EqualFilter;
import com.unboundid.scim2.common.filters.Filter;

/**
 * The filters we answer, each one indexed lookup: {@code userName eq "…"}, {@code emails eq "…"} /
 * {@code emails.value eq "…"} (the same address) and {@code externalId eq "…"}. The SDK parses
 * the filter; anything else is {@code invalidFilter}.
 */
final class ScimFilters {

	static final int MAX_LENGTH = 1000;

	private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

	private static final Set<String> EMAIL_PATHS = Set.of("username", "emails", "emails.value");

	private ScimFilters() {
	}

	/** The lookup a filter asks for. */
	record Lookup(boolean byExternalId, String value) {
	}

	static Lookup parse(String text) throws BadRequestException {
		if (text.length() > MAX_LENGTH) {
			throw BadRequestException.invalidFilter("The filter is longer than " + MAX_LENGTH + " characters.");
		}
		Filter filter = Filter.fromString(text);
		if (!(filter instanceof EqualFilter equal) || equal.getComparisonValue() == null
				|| !equal.getComparisonValue().isTextual()) {
			throw unsupported();
		}
		Path path = equal.getAttributePath();
		if (path.getSchemaUrn() != null && !USER_SCHEMA.equalsIgnoreCase(path.getSchemaUrn())) {
			throw unsupported();
		}
		StringBuilder name = new StringBuilder();
		for (Path.Element element : path) {
			if (element.getValueFilter() != null) {
				throw unsupported();
			}
			name.append(name.isEmpty() ? "" : ".").append(element.getAttribute().toLowerCase(Locale.ROOT));
		}
		String value = equal.getComparisonValue().textValue();
		if (EMAIL_PATHS.contains(name.toString())) {
			return new Lookup(false, value);
		}
		if ("externalid".contentEquals(name)) {
			return new Lookup(true, value);
		}
		throw unsupported();
	}

	private static BadRequestException unsupported() {
		return BadRequestException.invalidFilter(
				"Only userName eq, emails.value eq and externalId eq with a string value are supported.");
	}

}
