package dev.accord.support.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The {@code <form method="post">} elements of a rendered page, with their fields as the page fills them. */
public final class Forms {

	private Forms() {
	}

	/** A form: where it posts, whether it is multipart, and each field's first value. */
	public record Form(String action, boolean multipart, Map<String, List<String>> fields) {
	}

	public static String csrf(String html) {
		Element input = Jsoup.parse(html).selectFirst("input[name=_csrf]");
		if (input == null) {
			throw new IllegalStateException("no CSRF token in the page");
		}
		return input.attr("value");
	}

	public static List<Form> of(String html, String pagePath) {
		Document page = Jsoup.parse(html);
		List<Form> forms = new ArrayList<>();
		for (Element form : page.select("form")) {
			String method = form.attr("method");
			String action = !form.attr("action").isBlank() ? form.attr("action") : form.attr("hx-post");
			if (!"post".equalsIgnoreCase(method) && form.attr("hx-post").isBlank()) {
				continue;
			}
			if (action.isBlank()) {
				action = pagePath;
			}
			Map<String, List<String>> fields = new LinkedHashMap<>();
			for (Element field : form.select("input[name], select[name], textarea[name], button[name]")) {
				fields.computeIfAbsent(field.attr("name"), (name) -> new ArrayList<>()).add(value(field));
			}
			forms.add(new Form(action, "multipart/form-data".equalsIgnoreCase(form.attr("enctype")), fields));
		}
		return forms;
	}

	private static String value(Element field) {
		if (field.tagName().equals("select")) {
			Element option = field.selectFirst("option[selected]");
			option = (option != null) ? option : field.selectFirst("option");
			return (option != null) ? option.attr("value") : "";
		}
		if (field.tagName().equals("textarea")) {
			return field.text();
		}
		return field.attr("value");
	}

}
