package dev.accord.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.accord.platform.AccordProperties;
import dev.accord.platform.Colour;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.unbescape.html.HtmlEscape;

/** Renders a {@link Mail} into subject, HTML and plain text with its own template engine. */
@Component
class MailRenderer {

	/** Pico's primary colour, which the mails use when the brand sets none. */
	private static final String DEFAULT_COLOR = "#0172ad";

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final MessageSource messages;

	private final AccordProperties properties;

	MailRenderer(MessageSource messages, AccordProperties properties) {
		this.messages = messages;
		this.properties = properties;
		this.engine.setTemplateEngineMessageSource(messages);
		this.engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1));
		this.engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2));
	}

	private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setResolvablePatterns(java.util.Set.of(pattern));
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		resolver.setCacheable(true);
		return resolver;
	}

	/**
	 * Renders the message once with a stand-in for each personal value, for filling in each
	 * recipient's values later; the stand-ins are random, so no inviter name or company can spell one.
	 */
	Personalizable personalizable(Mail mail) {
		String nonce = java.util.UUID.randomUUID().toString().replace("-", "");
		Map<String, String> standIns = new LinkedHashMap<>();
		Map<String, Object> model = new LinkedHashMap<>(mail.model());
		for (String key : mail.personal()) {
			standIns.put(key, "accord" + nonce + key.length() + "x" + standIns.size());
			model.put(key, standIns.get(key));
		}
		Mail generic = new Mail(mail.to(), mail.locale(), mail.template(), mail.subjectArgs(), model);
		return new Personalizable(render(generic), standIns);
	}

	Rendered render(Mail mail) {
		String brand = this.properties.brand().name();
		Context context = new Context(mail.locale());
		context.setVariables(mail.model());
		context.setVariable("brandName", brand);
		context.setVariable("brandLogo", this.properties.absoluteLogo());
		Colour colour = Colour.parse(Objects.requireNonNullElse(this.properties.brand().primaryColor(), DEFAULT_COLOR));
		context.setVariable("brandColor", colour.hex());
		context.setVariable("brandInverse", colour.prefersDarkText() ? "#000" : "#fff");
		context.setVariable("portalUrl", this.properties.link("/"));
		String subject = this.messages.getMessage("mail." + mail.template() + ".subject", mail.subjectArgs(),
				mail.locale());
		context.setVariable("subject", subject);
		String html = this.engine.process(mail.template() + ".html", context);
		String text = this.engine.process(mail.template() + ".txt", context);
		return new Rendered(subject, html, text);
	}

	record Rendered(String subject, String html, String text) {
	}

	/** A message rendered with stand-ins for the personal values, keyed by model key. */
	record Personalizable(Rendered rendered, Map<String, String> standIns) {

		/** The message with this recipient's values, escaped for HTML as the template engine would. */
		Rendered fill(Map<String, Object> model) {
			String subject = this.rendered.subject();
			String html = this.rendered.html();
			String text = this.rendered.text();
			for (Map.Entry<String, String> standIn : this.standIns.entrySet()) {
				String value = (String) model.get(standIn.getKey());
				subject = subject.replace(standIn.getValue(), value);
				html = html.replace(standIn.getValue(), HtmlEscape.escapeHtml4Xml(value));
				text = text.replace(standIn.getValue(), value);
			}
			return new Rendered(subject, html, text);
		}

	}

}
