package dev.accord.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.accord.platform.SecretCipher;
import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two-step verification with an authenticator app: the encrypted secret of each person, its
 * confirmation, and the check of a code — from the app (this step and the adjacent ones, each step
 * accepted once) or a recovery code — throttled like passwords.
 */
@Component
class AuthenticatorApp implements TwoStepMethod, SecondStepCheck {

	private final JdbcClient jdbc;

	private final SecretCipher cipher;

	private final RecoveryCodes recoveryCodes;

	private final SignInThrottle throttle;

	private final Clock clock;

	AuthenticatorApp(JdbcClient jdbc, SecretCipher cipher, RecoveryCodes recoveryCodes, SignInThrottle throttle,
			Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.recoveryCodes = recoveryCodes;
		this.throttle = throttle;
		this.clock = clock;
	}

	@Override
	public boolean enabled(UUID userId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM totp_credential WHERE user_id = ? AND confirmed_at IS NOT NULL")
			.param(userId)
			.query(Integer.class)
			.single() > 0;
	}

	@Override
	public Set<UUID> enabledAmong(Collection<UUID> userIds) {
		if (userIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc
			.sql("SELECT user_id FROM totp_credential WHERE user_id IN (:ids) AND confirmed_at IS NOT NULL")
			.param("ids", userIds)
			.query(UUID.class)
			.list());
	}

	@Override
	public boolean applies(UUID userId) {
		return enabled(userId);
	}

	/** {@inheritDoc} While this person must wait, a {@link dev.accord.platform.RateLimitedException}. */
	@Override
	public boolean verify(UUID userId, String code) {
		return throttled(userId, () -> enabled(userId) && (useAppCode(userId, code) || this.recoveryCodes.use(userId, code)));
	}

	/** A new secret, not confirmed yet; it replaces an unconfirmed one. None while one is confirmed. */
	Optional<byte[]> start(UUID userId) {
		if (enabled(userId)) {
			return Optional.empty();
		}
		byte[] secret = TotpCodes.newSecret();
		this.jdbc.sql("DELETE FROM totp_credential WHERE user_id = ? AND confirmed_at IS NULL").param(userId).update();
		this.jdbc.sql("INSERT INTO totp_credential (user_id, secret, created_at) VALUES (?, ?, ?)")
			.params(userId, this.cipher.encrypt(secret), Timestamps.toDb(this.clock.instant()))
			.update();
		return Optional.of(secret);
	}

	/** The secret set up and not confirmed yet. */
	Optional<byte[]> pending(UUID userId) {
		return this.jdbc.sql("SELECT secret FROM totp_credential WHERE user_id = ? AND confirmed_at IS NULL")
			.param(userId)
			.query(String.class)
			.optional()
			.map(this.cipher::decrypt);
	}

	/** Confirms the pending secret with a code from the app (throttled); false for a wrong code or none pending. */
	boolean confirm(UUID userId, String typed) {
		return throttled(userId, () -> {
			Optional<byte[]> secret = pending(userId);
			String code = TotpCodes.normalized(typed);
			if (secret.isEmpty() || code == null) {
				return false;
			}
			Optional<Long> step = matchingStep(secret.get(), code);
			Arrays.fill(secret.get(), (byte) 0);
			return step.isPresent() && this.jdbc.sql("""
					UPDATE totp_credential SET confirmed_at = ?, last_used_step = ?
					WHERE user_id = ? AND confirmed_at IS NULL""")
				.params(Timestamps.toDb(this.clock.instant()), step.get(), userId)
				.update() == 1;
		});
	}

	Optional<Instant> enabledAt(UUID userId) {
		return this.jdbc.sql("SELECT confirmed_at FROM totp_credential WHERE user_id = ? AND confirmed_at IS NOT NULL")
			.param(userId)
			.query((rs, n) -> Timestamps.fromDb(rs, "confirmed_at"))
			.optional();
	}

	/** Removes the secret and the recovery codes. */
	void remove(UUID userId) {
		this.jdbc.sql("DELETE FROM totp_credential WHERE user_id = ?").param(userId).update();
		this.recoveryCodes.removeAll(userId);
	}

	private boolean throttled(UUID userId, java.util.function.BooleanSupplier check) {
		SignInThrottle.Attempt attempt = this.throttle.secondStepAttempt(userId);
		if (!attempt.allowed()) {
			throw attempt.refusal();
		}
		boolean right = check.getAsBoolean();
		if (right) {
			attempt.succeeded();
		}
		return right;
	}

	/**
	 * A code of the current step or an adjacent one, later than the last step used: the step moves
	 * with a conditional update, so of two requests with the same code only one passes.
	 */
	private boolean useAppCode(UUID userId, String typed) {
		String code = TotpCodes.normalized(typed);
		if (code == null) {
			return false;
		}
		Optional<String> stored = this.jdbc
			.sql("SELECT secret FROM totp_credential WHERE user_id = ? AND confirmed_at IS NOT NULL")
			.param(userId)
			.query(String.class)
			.optional();
		if (stored.isEmpty()) {
			return false;
		}
		byte[] secret = this.cipher.decrypt(stored.get());
		Optional<Long> step = matchingStep(secret, code);
		Arrays.fill(secret, (byte) 0);
		return step.isPresent() && this.jdbc.sql("""
				UPDATE totp_credential SET last_used_step = ?
				WHERE user_id = ? AND confirmed_at IS NOT NULL AND (last_used_step IS NULL OR last_used_step < ?)""")
			.params(step.get(), userId, step.get())
			.update() == 1;
	}

	private Optional<Long> matchingStep(byte[] secret, String code) {
		long now = TotpCodes.step(this.clock.instant());
		Optional<Long> found = Optional.empty();
		// Every step is checked, so that the time taken says nothing about which one matched.
		for (long step = now - 1; step <= now + 1; step++) {
			if (TotpCodes.matches(secret, step, code) && found.isEmpty()) {
				found = Optional.of(step);
			}
		}
		return found;
	}

}
