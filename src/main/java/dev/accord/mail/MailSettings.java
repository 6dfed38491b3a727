package dev.accord.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender address of every message
 * @param pollInterval how often the dispatcher looks for due messages
 * @param retryBase the first retry delay after a failed delivery; doubled on each further failure
 * @param retryMax the longest delay between two attempts
 * @param batchSize how many messages one dispatcher round takes
 */
@ConfigurationProperties("accord.mail")
record MailSettings(@DefaultValue("Accord <no-reply@localhost>") String from, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("10s") Duration retryBase, @DefaultValue("1h") Duration retryMax,
		@DefaultValue("50") int batchSize) {
}
