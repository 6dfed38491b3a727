package dev.accord.account;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import dev.accord.platform.ClientAddress;
import dev.accord.platform.RateLimitedException;
import dev.accord.shared.EmailAddress;
import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers password guessing with growing delays instead of a lock. Failures count per (email,
 * client address) and per client address; past an allowance each further attempt must wait a
 * doubling delay after the latest failure. The owner signing in from an address without recent
 * failures is let through at once, however many failures their email has elsewhere. Unknown emails
 * are counted exactly like known ones, so the answer never tells whether an account exists. The
 * counts live in the database, so every instance sees the same.
 */
@Component
public class SignInThrottle {

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final AccountSettings.SignInThrottling settings;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, AccountSettings settings, Clock clock) {
		this.jdbc = jdbc;
		// A failure counts even when the caller's transaction rolls back (a wrong password is an error there).
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.settings = settings.signIn();
		this.clock = clock;
	}

	/**
	 * Runs one password check for this email from the current client address: a refusal
	 * ({@link RateLimitedException} with the seconds to wait) while it must wait, otherwise the
	 * check, counted as a failure when false and clearing this address's failures when true.
	 */
	public boolean check(String email, BooleanSupplier passwordMatches) {
		Attempt attempt = attempt(email);
		if (!attempt.allowed()) {
			throw attempt.refusal();
		}
		boolean matches = passwordMatches.getAsBoolean();
		if (matches) {
			attempt.succeeded();
		}
		return matches;
	}

	/** Forgets every failure for this email, from any address (its password was just reset). */
	public void forget(String email) {
		forgetSubject(subject(email));
	}

	private void forgetSubject(String subject) {
		this.ownTransaction.executeWithoutResult(
				(status) -> this.jdbc.sql("DELETE FROM sign_in_failure WHERE subject = ?").param(subject).update());
	}

	/**
	 * Starts an attempt: when it need not wait, records it as a failure up front (so that attempts
	 * racing in parallel see each other), to be cleared by {@link Attempt#succeeded()}.
	 */
	Attempt attempt(String email) {
		String subject = subject(email);
		String address = network(ClientAddress.current());
		return this.ownTransaction.execute((status) -> {
			Instant now = this.clock.instant();
			Duration wait = longer(waitFor("subject = ? AND client_address = ?", now, this.settings.freeFailures(),
					subject, address), waitFor("client_address = ?", now, this.settings.freeFailuresPerAddress(), address));
			if (wait.isZero()) {
				this.jdbc.sql("INSERT INTO sign_in_failure (id, subject, client_address, failed_at) VALUES (?, ?, ?, ?)")
					.params(UUID.randomUUID(), subject, address, Timestamps.toDb(now))
					.update();
			}
			return new Attempt(subject, address, wait);
		});
	}

	/**
	 * Starts one attempt at a person's second step (a code from an app or a recovery code). Unlike a
	 * password, whoever tries already knows it: failures count per person from every address, and per
	 * address; success forgets the person's failures.
	 */
	Attempt secondStepAttempt(java.util.UUID userId) {
		String subject = "two-step:" + userId;
		String address = network(ClientAddress.current());
		return this.ownTransaction.execute((status) -> {
			Instant now = this.clock.instant();
			Duration wait = longer(waitFor("subject = ?", now, this.settings.freeFailures(), subject),
					waitFor("client_address = ?", now, this.settings.freeFailuresPerAddress(), address));
			if (wait.isZero()) {
				this.jdbc.sql("INSERT INTO sign_in_failure (id, subject, client_address, failed_at) VALUES (?, ?, ?, ?)")
					.params(UUID.randomUUID(), subject, address, Timestamps.toDb(now))
					.update();
			}
			return new Attempt(subject, null, wait);
		});
	}

	@Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
	void forgetOldFailures() {
		Instant before = this.clock.instant().minus(this.settings.forgetAfter());
		this.jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at < ?").param(Timestamps.toDb(before)).update();
	}

	private Duration waitFor(String where, Instant now, int free, Object... params) {
		Object[] all = new Object[params.length + 1];
		System.arraycopy(params, 0, all, 0, params.length);
		all[params.length] = Timestamps.toDb(now.minus(this.settings.forgetAfter()));
		return this.jdbc.sql("SELECT COUNT(*) AS failures, MAX(failed_at) AS latest FROM sign_in_failure WHERE " + where
				+ " AND failed_at > ?").params(all).query((rs, n) -> {
					long failures = rs.getLong("failures");
					if (failures == 0) {
						return Duration.ZERO;
					}
					Instant until = Timestamps.fromDb(rs, "latest").plus(this.settings.delayAfter(failures, free));
					return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
				}).single();
	}

	private static Duration longer(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	private static String subject(String email) {
		String normalized = EmailAddress.normalize(email);
		return (normalized == null || normalized.length() > EmailAddress.MAX_LENGTH) ? "" : normalized;
	}

	/** The address to count by: an IPv6 client by its /64 network, since one host may hold all of it. */
	static String network(String address) {
		if (address == null || address.isBlank()) {
			return "";
		}
		if (address.indexOf(':') >= 0) {
			try {
				if (InetAddress.getByName(address) instanceof Inet6Address v6) {
					return HexFormat.of().formatHex(v6.getAddress(), 0, 8) + "::/64";
				}
			}
			catch (UnknownHostException ex) {
				// Not an address literal: count it as it is.
			}
		}
		return (address.length() > 64) ? address.substring(0, 64) : address;
	}

	/** One password attempt that may go ahead (wait zero) or must wait. */
	final class Attempt {

		private final String subject;

		private final String address;

		private final Duration wait;

		private Attempt(String subject, String address, Duration wait) {
			this.subject = subject;
			this.address = address;
			this.wait = wait;
		}

		boolean allowed() {
			return this.wait.isZero();
		}

		/** Whole seconds to wait, rounded up. */
		long waitSeconds() {
			return Math.max(1, (this.wait.toMillis() + 999) / 1000);
		}

		RateLimitedException refusal() {
			return new RateLimitedException(Duration.ofSeconds(waitSeconds()), "signin.throttled", waitSeconds());
		}

		/** The password was right: this address's failures for the email are forgotten. */
		void succeeded() {
			if (this.address == null) {
				SignInThrottle.this.forgetSubject(this.subject);
				return;
			}
			SignInThrottle.this.ownTransaction.executeWithoutResult((status) -> SignInThrottle.this.jdbc
				.sql("DELETE FROM sign_in_failure WHERE subject = ? AND client_address = ?")
				.params(this.subject, this.address)
				.update());
		}

	}

}
