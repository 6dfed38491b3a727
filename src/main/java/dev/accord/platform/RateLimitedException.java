package dev.accord.platform;

import org.springframework.http.HttpStatus;

/** Too many requests of this kind lately, or too much in one request. */
public class RateLimitedException extends AccordException {

	public RateLimitedException() {
		this("error.rateLimited");
	}

	public RateLimitedException(String messageKey, Object... args) {
		super(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", messageKey, args);
	}

}
