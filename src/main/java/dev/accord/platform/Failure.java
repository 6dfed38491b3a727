package dev.accord.platform;

import org.springframework.http.HttpStatus;

/** The stable API code and the message key of a refusal known only by its HTTP status. */
record Failure(String code, String messageKey) {

	static Failure of(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> new Failure("MALFORMED_REQUEST", "error.malformed");
			case UNAUTHORIZED -> new Failure("UNAUTHORIZED", "error.unauthorized");
			case FORBIDDEN -> new Failure("FORBIDDEN", "error.forbidden");
			case NOT_FOUND -> new Failure("NOT_FOUND", "error.notFound");
			case METHOD_NOT_ALLOWED -> new Failure("METHOD_NOT_ALLOWED", "error.method");
			case NOT_ACCEPTABLE -> new Failure("NOT_ACCEPTABLE", "error.notAcceptable");
			case CONTENT_TOO_LARGE -> new Failure("TOO_LARGE", "error.tooLarge");
			case UNSUPPORTED_MEDIA_TYPE -> new Failure("UNSUPPORTED_MEDIA_TYPE", "error.unsupportedMediaType");
			case TOO_MANY_REQUESTS -> new Failure("RATE_LIMITED", "error.rateLimited");
			case SERVICE_UNAVAILABLE -> new Failure("SERVICE_UNAVAILABLE", "error.internal");
			default -> status.is4xxClientError() ? new Failure("MALFORMED_REQUEST", "error.malformed")
					: new Failure("INTERNAL_ERROR", "error.internal");
		};
	}

}
