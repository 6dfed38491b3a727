package dev.accord.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a destructive action asks before it acts. A form posts without {@code confirmed=true}; the
 * controller changes nothing and answers with this: a title, sentences saying what will happen, and
 * a form that posts the same fields again with {@code confirmed=true}. {@code fragments/confirm}
 * renders it as a page, or as the dialog fragment for an htmx request.
 *
 * @param titleKey the dialog's heading
 * @param sentences what will happen, one paragraph each
 * @param action where the confirmed form posts
 * @param fields the original request's fields, posted again
 * @param buttonKey the destructive button's label
 * @param cancel where Cancel (and the ×) leads without JavaScript
 * @param inDialog whether the confirmed form and Cancel stay in the dialog (htmx into {@code #dialog})
 */
public record Confirmation(String titleKey, List<Sentence> sentences, String action, Map<String, List<String>> fields,
		String buttonKey, String cancel, boolean inDialog) {

	/** The name of the model attribute the confirmation templates read. */
	public static final String ATTRIBUTE = "confirmation";

	public Confirmation {
		sentences = List.copyOf(sentences);
		fields = Map.copyOf(fields);
	}

	/** A confirmation posting to {@code action}, titled and labelled by the given message keys. */
	public static Confirmation of(String titleKey, String buttonKey, String action, String cancel) {
		return new Confirmation(titleKey, List.of(), action, Map.of(), buttonKey, cancel, false);
	}

	/** Adds a sentence: a message key and its arguments. */
	public Confirmation say(String key, Object... args) {
		List<Sentence> more = new ArrayList<>(this.sentences);
		more.add(new Sentence(key, List.of(args)));
		return new Confirmation(this.titleKey, more, this.action, this.fields, this.buttonKey, this.cancel,
				this.inDialog);
	}

	/**
	 * Adds a sentence with a count: the message {@code key} with {@code count} as its first argument
	 * ({@code {0}}), written as an ICU plural so each language chooses its own form (see
	 * {@link PluralMessageSource}), and {@code more} as {@code {1}}, {@code {2}}, ….
	 */
	public Confirmation count(String key, long count, Object... more) {
		Object[] args = new Object[more.length + 1];
		args[0] = count;
		System.arraycopy(more, 0, args, 1, more.length);
		return say(key, args);
	}

	/** Adds a field to post again. */
	public Confirmation field(String name, Collection<?> values) {
		Map<String, List<String>> more = new LinkedHashMap<>(this.fields);
		more.put(name, values.stream().map(String::valueOf).toList());
		return new Confirmation(this.titleKey, this.sentences, this.action, more, this.buttonKey, this.cancel,
				this.inDialog);
	}

	/** The confirmed form and Cancel swap into the dialog the question is shown in. */
	public Confirmation withinDialog() {
		return new Confirmation(this.titleKey, this.sentences, this.action, this.fields, this.buttonKey, this.cancel,
				true);
	}

	/** The view: the dialog fragment for an htmx request, else the page. */
	public static String view(boolean htmx) {
		return htmx ? "fragments/confirm :: confirmDialog" : "fragments/confirm";
	}

	/**
	 * One paragraph of a confirmation.
	 *
	 * @param key its message key
	 * @param args the message's arguments
	 */
	public record Sentence(String key, List<Object> args) {

		public Sentence {
			args = List.copyOf(args);
		}

		/** The arguments as {@code #messages.msgWithParams} takes them. */
		public Object[] arguments() {
			return this.args.toArray();
		}

	}

}
