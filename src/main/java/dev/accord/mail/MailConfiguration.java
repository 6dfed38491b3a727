package dev.accord.mail;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chooses the mail mode (SMTP when {@code spring.mail.host} is set, the mailbox otherwise) and runs
 * this instance's dispatcher threads.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

	@Bean
	MailTransport mailTransport(ObjectProvider<JavaMailSenderImpl> sender, MailSettings settings, JdbcClient jdbc,
			Clock clock) {
		JavaMailSenderImpl smtp = sender.getIfAvailable();
		if (smtp != null) {
			log.info("Mail mode: smtp. Messages are delivered through the configured SMTP server.");
			return new SmtpTransport(smtp, settings.from());
		}
		log.warn("Mail mode: mailbox. No SMTP server is configured (spring.mail.host), so mail is NOT being "
				+ "delivered; messages are kept at /dev/mailbox, readable from this machine only.");
		return new MailboxTransport(jdbc, clock);
	}

	@Bean
	MailOutbox outbox(JdbcClient jdbc, TransactionTemplate transaction) {
		return new MailOutbox(jdbc, transaction);
	}

	@Bean
	MailDispatcher mailDispatcher(MailOutbox outbox, MailTransport transport, MailSettings settings, Clock clock) {
		return new MailDispatcher(outbox, transport, settings, clock);
	}

	@Bean
	OutboxSignal outboxSignal() {
		return new OutboxSignal();
	}

	@Bean
	MailDispatchers mailDispatchers(MailDispatcher dispatcher, OutboxSignal signal, MailSettings settings) {
		return new MailDispatchers(dispatcher, signal, settings.dispatchers(), settings.pollInterval());
	}

}
