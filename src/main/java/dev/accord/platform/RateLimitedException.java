package dev.accord.platform;

import java.time.Duration;
import java.util.Optional;

import org.springframework.http.HttpStatus;

/**
 * Too many requests of this kind lately, or too much in one request; with {@code retryAfter} when
 * the caller may try again after a known time (the API answers it as {@code Retry-After}).
 */
public class RateLimitedException extends AccordException {

	private final Duration retryAfter;

	public RateLimitedException() {
		this("error.rateLimited");
	}

	public RateLimitedException(String messageKey, Object... args) {
		this(null, messageKey, args);
	}

	public RateLimitedException(Duration retryAfter, String messageKey, Object... args) {
		super(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", messageKey, args);
		this.retryAfter = retryAfter;
	}

	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(this.retryAfter);
	}

	/** The {@code Retry-After} value: whole seconds, rounded up, at least 1. */
	public Optional<String> retryAfterHeader() {
		return retryAfter().map((wait) -> Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
	}

}
