package dev.accord.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.accord.mail.Mail;
import dev.accord.mail.MailService;
import dev.accord.platform.AccordProperties;
import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails the owner of an API token once, {@code accord.account.token-reminder.before} (a week)
 * before it expires, in their language, so that the programs using it can get a new one in time.
 * Each token is claimed by a conditional update in the transaction that queues its mail: with
 * several instances running the job, one of them sends it and the others skip it.
 */
@Component
class TokenReminders {

	private static final ZoneId UTC = ZoneId.of("UTC");

	private static final int BATCH = 500;

	/** The most batches one run sends, so that a failing mail cannot keep a run going. */
	private static final int MAX_BATCHES = 20;

	private final JdbcClient jdbc;

	private final AccountService accounts;

	private final MailService mail;

	private final AccordProperties properties;

	private final TransactionTemplate transactions;

	private final Duration before;

	private final Clock clock;

	TokenReminders(JdbcClient jdbc, AccountService accounts, MailService mail, AccordProperties properties,
			TransactionTemplate transactions, AccountSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.mail = mail;
		this.properties = properties;
		this.transactions = transactions;
		this.before = settings.tokenReminder().before();
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${accord.account.token-reminder.interval:1h}", initialDelay = 90_000)
	void scheduled() {
		remindDue();
	}

	/** Sends the reminders that are due now; returns how many were sent. */
	int remindDue() {
		int sent = 0;
		int batches = 0;
		List<Due> due;
		do {
			Instant now = this.clock.instant();
			due = this.jdbc.sql("""
					SELECT id, user_id, name, created_at, expires_at FROM api_token
					WHERE reminded_at IS NULL AND expires_at > ? AND expires_at <= ? ORDER BY expires_at, id
					LIMIT %d""".formatted(BATCH))
				.params(Timestamps.toDb(now), Timestamps.toDb(now.plus(this.before)))
				.query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
						rs.getString("name"), Timestamps.fromDb(rs, "created_at"), Timestamps.fromDb(rs, "expires_at")))
				.list();
			for (Due token : due) {
				if (Boolean.TRUE.equals(this.transactions.execute((status) -> remind(token, now)))) {
					sent++;
				}
			}
		}
		while (due.size() == BATCH && ++batches < MAX_BATCHES);
		return sent;
	}

	/** Claims the token's reminder and queues its mail; false when another instance was first. */
	private boolean remind(Due token, Instant now) {
		int claimed = this.jdbc.sql("UPDATE api_token SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL")
			.params(Timestamps.toDb(now), token.id())
			.update();
		// A token made to live no longer than the reminder period was meant to be short: no mail.
		if (claimed != 1 || !token.createdAt().plus(this.before).isBefore(token.expiresAt())) {
			return false;
		}
		AccountView owner = this.accounts.get(token.userId());
		Locale locale = owner.language().locale();
		ZoneId zone = this.accounts.timeZone(owner.id()).orElse(UTC);
		String expires = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone)
			.format(token.expiresAt()) + " (" + zone.getId() + ")";
		this.mail.enqueue(new Mail(owner.email(), locale, "token-expiry", new Object[] { token.name() },
				Map.of("name", owner.displayName(), "tokenName", token.name(), "expires", expires, "link",
						this.properties.link("/security")),
				Set.of()));
		return true;
	}

	private record Due(UUID id, UUID userId, String name, Instant createdAt, Instant expiresAt) {
	}

}
