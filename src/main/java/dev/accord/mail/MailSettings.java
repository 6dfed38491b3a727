package dev.accord.mail;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param from the sender address of every message
 * @param pollInterval how often an idle dispatcher looks for due messages; a commit that queues mail
 * wakes the dispatchers at once, so this only paces retries and mail queued by other instances
 * @param retryBase the first retry delay after a failed delivery; doubled on each further failure
 * @param retryMax the longest delay between two attempts
 * @param batchSize how many messages a dispatcher claims and sends over one SMTP connection
 * @param dispatchers how many dispatcher threads this instance runs (0: this instance sends no mail)
 * @param claimLease how long a claimed message stays reserved for its dispatcher; a message claimed
 * by an instance that died is delivered by another after this time
 */
@Validated
@ConfigurationProperties("accord.mail")
record MailSettings(@DefaultValue("Accord <no-reply@localhost>") @NotBlank String from,
		@DefaultValue("1s") @NotNull Duration pollInterval, @DefaultValue("10s") @NotNull Duration retryBase,
		@DefaultValue("1h") @NotNull Duration retryMax, @DefaultValue("50") @Min(1) @Max(1000) int batchSize,
		@DefaultValue("4") @Min(0) @Max(64) int dispatchers, @DefaultValue("1m") @NotNull Duration claimLease) {
}
