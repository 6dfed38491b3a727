package dev.accord.mail;

import dev.accord.platform.AccordProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders a {@link Mail} into subject, HTML and plain text with its own template engine. */
@Component
class MailRenderer {

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

	Rendered render(Mail mail) {
		String brand = this.properties.brand().name();
		Context context = new Context(mail.locale());
		context.setVariables(mail.model());
		context.setVariable("brandName", brand);
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

}
