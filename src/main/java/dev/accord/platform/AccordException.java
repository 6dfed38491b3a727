package dev.accord.platform;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A broken rule: carries the HTTP status, the stable API {@code code}, and a message key with
 * arguments that {@link ErrorHandling} resolves in the caller's language.
 */
public abstract class AccordException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final String messageKey;

	private final Object[] args;

	protected AccordException(HttpStatus status, String code, String messageKey, Object... args) {
		super(code + ": " + messageKey);
		this.status = status;
		this.code = code;
		this.messageKey = messageKey;
		this.args = args;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args.clone();
	}

	/** The UI page that explains this failure, or null for the error page of its status. */
	public String page() {
		return null;
	}

	/** Field name → message key, for validation failures; empty for other rules. */
	public Map<String, String> fieldErrors() {
		return Map.of();
	}

}
