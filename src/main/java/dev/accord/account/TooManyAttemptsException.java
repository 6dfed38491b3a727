package dev.accord.account;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many wrong passwords from this client lately: wait {@link #retryAfter()} before the next try. */
public class TooManyAttemptsException extends AuthenticationException {

	private final long waitSeconds;

	TooManyAttemptsException(long waitSeconds) {
		super("Too many failed attempts");
		this.waitSeconds = waitSeconds;
	}

	public Duration retryAfter() {
		return Duration.ofSeconds(this.waitSeconds);
	}

	public long waitSeconds() {
		return this.waitSeconds;
	}

}
