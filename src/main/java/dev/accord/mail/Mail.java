package dev.accord.mail;

import java.util.Locale;
import java.util.Map;

/**
 * A message to send: the template under {@code templates/mail/} (an {@code .html} and a
 * {@code .txt} version), its model, and the recipient's language.
 *
 * @param to the recipient's address
 * @param locale the language to write in
 * @param template the template name, e.g. {@code password-reset}
 * @param subjectArgs arguments of the subject's message key {@code mail.<template>.subject}
 * @param model values the templates read
 */
public record Mail(String to, Locale locale, String template, Object[] subjectArgs, Map<String, Object> model) {

	public Mail {
		subjectArgs = (subjectArgs != null) ? subjectArgs.clone() : new Object[0];
		model = Map.copyOf(model);
	}

}
