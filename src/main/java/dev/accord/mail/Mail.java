package dev.accord.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A message to send: the template under {@code templates/mail/} (an {@code .html} and a
 * {@code .txt} version), its model, and the recipient's language.
 *
 * @param to the recipient's address
 * @param locale the language to write in
 * @param template the template name, e.g. {@code password-reset}
 * @param subjectArgs arguments of the subject's message key {@code mail.<template>.subject}
 * @param model values the templates read
 * @param personal the model keys whose (text) values differ from one recipient to the next, such as
 * the address and a personal link; the templates only print them. Messages of one transaction that
 * differ only in these values are rendered once, and each recipient's values filled in.
 */
public record Mail(String to, Locale locale, String template, Object[] subjectArgs, Map<String, Object> model,
		Set<String> personal) {

	public Mail {
		subjectArgs = (subjectArgs != null) ? subjectArgs.clone() : new Object[0];
		model = Map.copyOf(model);
		personal = Set.copyOf(personal);
		for (String key : personal) {
			if (!(model.get(key) instanceof String)) {
				throw new IllegalArgumentException("personal value " + key + " must be a text in the model");
			}
		}
	}

	/** A message rendered on its own. */
	public Mail(String to, Locale locale, String template, Object[] subjectArgs, Map<String, Object> model) {
		this(to, locale, template, subjectArgs, model, Set.of());
	}

}
