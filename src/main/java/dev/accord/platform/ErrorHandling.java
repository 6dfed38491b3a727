package dev.accord.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps every failure once: problem+json with a stable {@code code} under {@code /api/}, an error
 * page in the user's language elsewhere. Never a stack trace.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	private final Problems problems;

	private final ErrorPages errorPages;

	ErrorHandling(Problems problems, ErrorPages errorPages) {
		this.problems = problems;
		this.errorPages = errorPages;
	}

	@ExceptionHandler(AccordException.class)
	Object rule(AccordException ex, HttpServletRequest request, HttpServletResponse response) {
		if (ex instanceof RateLimitedException limited) {
			limited.retryAfterHeader().ifPresent((seconds) -> response.setHeader(HttpHeaders.RETRY_AFTER, seconds));
		}
		if (ex.page() != null && !Problems.isApi(request)) {
			return this.errorPages.page(ex.page(), ex.status(), ex.messageKey(), ex.args(), request);
		}
		return answer(request, ex.status(), ex.code(), ex.messageKey(), ex.args(), ex.fieldErrors());
	}

	@ExceptionHandler(BindException.class)
	Object invalid(BindException ex, HttpServletRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			String message = (error.getDefaultMessage() != null) ? error.getDefaultMessage() : "error.validation";
			errors.putIfAbsent(error.getField(), message);
		}
		return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "VALIDATION_FAILED", "error.validation", null, errors);
	}

	/** A value of the wrong JSON type (a fraction for a whole number, text for a date) names its field. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadableBody(HttpMessageNotReadableException ex, HttpServletRequest request) {
		Map<String, String> wrong = JsonFieldErrors.of(ex);
		if (!wrong.isEmpty()) {
			return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "VALIDATION_FAILED", "error.validation", null,
					wrong);
		}
		return unreadable(ex, request);
	}

	@ExceptionHandler({ ServletRequestBindingException.class, MultipartException.class,
			RequestRejectedException.class, InvalidParameterException.class })
	Object unreadable(Exception ex, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "error.malformed", null, Map.of());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		if (ex.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
			return notFound(ex, request);
		}
		return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "VALIDATION_FAILED", "error.validation", null,
				Map.of(ex.getName(), "validation.choose"));
	}

	@ExceptionHandler(org.springframework.web.method.annotation.HandlerMethodValidationException.class)
	Object invalidParameters(org.springframework.web.method.annotation.HandlerMethodValidationException ex,
			HttpServletRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.getParameterValidationResults().forEach((result) -> errors.put(
				(result.getMethodParameter().getParameterName() != null) ? result.getMethodParameter().getParameterName()
						: "parameter",
				"validation.range"));
		return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "VALIDATION_FAILED", "error.validation", null, errors);
	}

	@ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
	Object violated(jakarta.validation.ConstraintViolationException ex, HttpServletRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.getConstraintViolations().forEach((v) -> {
			String path = v.getPropertyPath().toString();
			errors.put(path.substring(path.lastIndexOf('.') + 1), "validation.range");
		});
		return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "VALIDATION_FAILED", "error.validation", null, errors);
	}

	@ExceptionHandler(TypeMismatchException.class)
	Object unconvertible(TypeMismatchException ex, HttpServletRequest request) {
		String field = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "VALIDATION_FAILED", "error.validation", null,
				Map.of(field, "validation.choose"));
	}

	@ExceptionHandler(MalformedCursorException.class)
	Object cursor(Exception ex, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "INVALID_CURSOR", "error.invalidCursor", null, Map.of());
	}

	/** A blank path id converts to nothing: there is no such object. */
	@ExceptionHandler({ NoResourceFoundException.class, MissingPathVariableException.class })
	Object notFound(Exception ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, "NOT_FOUND", "error.notFound", null, Map.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object method(Exception ex, HttpServletRequest request) {
		return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "error.method", null, Map.of());
	}

	@ExceptionHandler({ HttpMediaTypeNotSupportedException.class, InvalidMediaTypeException.class })
	Object mediaType(Exception ex, HttpServletRequest request) {
		return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "error.unsupportedMediaType",
				null, Map.of());
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	Object notAcceptable(Exception ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", "error.notAcceptable", null, Map.of());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(Exception ex, HttpServletRequest request) {
		return answer(request, HttpStatus.CONTENT_TOO_LARGE, "TOO_LARGE", "error.tooLarge", null, Map.of());
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception ex, HttpServletRequest request) throws Exception {
		if (DatabaseOutage.isCause(ex)) {
			throw ex; // answered 503 by DatabaseOutageFilter, the same way as outages met in filters
		}
		if (ex instanceof org.springframework.security.access.AccessDeniedException
				|| ex instanceof org.springframework.security.core.AuthenticationException) {
			throw ex;
		}
		log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "error.internal", null, Map.of());
	}

	private Object answer(HttpServletRequest request, HttpStatus status, String code, String messageKey, Object[] args,
			Map<String, String> fieldErrors) {
		if (Problems.isApi(request)) {
			ProblemDetail problem = this.problems.problem(status, code, messageKey, args, fieldErrors, request);
			return ResponseEntity.status(status).body(problem);
		}
		return this.errorPages.page(status, messageKey, args, request);
	}

}
