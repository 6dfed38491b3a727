package dev.accord.mail;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Chooses the mail mode: SMTP when {@code spring.mail.host} is set, the mailbox otherwise. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

	private final ObjectProvider<MailDispatcher> dispatcher;

	private final ObjectProvider<MailSettings> settings;

	MailConfiguration(ObjectProvider<MailDispatcher> dispatcher, ObjectProvider<MailSettings> settings) {
		this.dispatcher = dispatcher;
		this.settings = settings;
	}

	@Bean
	MailTransport mailTransport(ObjectProvider<JavaMailSender> sender, MailSettings settings, JdbcClient jdbc,
			Clock clock) {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp != null) {
			log.info("Mail mode: smtp. Messages are delivered through the configured SMTP server.");
			return new SmtpTransport(smtp, settings.from());
		}
		log.warn("Mail mode: mailbox. No SMTP server is configured (spring.mail.host), so mail is NOT being "
				+ "delivered; messages are kept at /dev/mailbox, readable from this machine only.");
		return new MailboxTransport(jdbc, clock);
	}

	@Bean
	MailDispatcher mailDispatcher(JdbcClient jdbc, MailTransport transport, MailSettings settings, Clock clock) {
		return new MailDispatcher(jdbc, transport, settings, clock);
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(() -> {
			try {
				this.dispatcher.getObject().dispatchDue();
			}
			catch (RuntimeException ex) {
				log.warn("Mail dispatch round failed; it will run again: {}", ex.toString());
			}
		}, this.settings.getObject().pollInterval());
	}

}
