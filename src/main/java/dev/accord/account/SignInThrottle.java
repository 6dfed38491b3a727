package dev.accord.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.accord.shared.EmailAddress;
import dev.accord.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing per email: after {@value #MAX_FAILURES} wrong passwords within
 * {@link #WINDOW}, further attempts for that email are refused until the window has passed. It
 * counts unknown emails the same way, so the answer never tells whether an account exists.
 */
@Component
public class SignInThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public boolean isBlocked(String email) {
		String subject = subject(email);
		if (subject == null) {
			return false;
		}
		return this.jdbc.sql("SELECT COUNT(*) FROM sign_in_failure WHERE subject = ? AND failed_at > ?")
			.params(subject, Timestamps.toDb(this.clock.instant().minus(WINDOW)))
			.query(Long.class)
			.single() >= MAX_FAILURES;
	}

	public void failed(String email) {
		String subject = subject(email);
		if (subject != null) {
			this.jdbc.sql("INSERT INTO sign_in_failure (id, subject, failed_at) VALUES (?, ?, ?)")
				.params(UUID.randomUUID(), subject, Timestamps.toDb(this.clock.instant()))
				.update();
		}
	}

	public void succeeded(String email) {
		String subject = subject(email);
		if (subject != null) {
			this.jdbc.sql("DELETE FROM sign_in_failure WHERE subject = ?").param(subject).update();
		}
	}

	@Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
	void forgetOldFailures() {
		Instant before = this.clock.instant().minus(Duration.ofDays(1));
		this.jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at < ?").param(Timestamps.toDb(before)).update();
	}

	private static String subject(String email) {
		String normalized = EmailAddress.normalize(email);
		return (normalized == null || normalized.isEmpty() || normalized.length() > EmailAddress.MAX_LENGTH) ? null
				: normalized;
	}

}
