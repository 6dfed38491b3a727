package dev.accord.invitation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.accord.mail.Mail;
import dev.accord.mail.MailService;
import dev.accord.platform.AccordProperties;
import dev.accord.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Writes the invitation email, in the invitation's language, to the outbox. The address and the
 * link are the only personal parts, so one request inviting many people renders the mail once per
 * language.
 */
@Component
class InvitationMailer {

	private final MailService mail;

	private final AccordProperties properties;

	InvitationMailer(MailService mail, AccordProperties properties) {
		this.mail = mail;
		this.properties = properties;
	}

	void send(String to, Language language, String token, String inviterName, String companyName, Instant expiresAt) {
		Locale locale = language.locale();
		String expires = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(ZoneOffset.UTC)
			.format(expiresAt);
		this.mail.enqueue(new Mail(to, locale, "invitation", new Object[] { inviterName, companyName },
				Map.of("inviterName", inviterName, "companyName", companyName, "email", to, "link",
						this.properties.link("/join/" + token), "expires", expires),
				Set.of("email", "link")));
	}

}
