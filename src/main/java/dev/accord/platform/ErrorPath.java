package dev.accord.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers what reaches the servlet container's error page ({@code /error}) without passing through
 * Spring MVC: refusals by the firewall or the container, {@code TRACE}, a filter's
 * {@code sendError}. Same answers as {@link ErrorHandling}: problem+json for a request that was under
 * {@code /api/}, the error page in the user's language for one that was not.
 */
@Controller
class ErrorPath implements ErrorController {

	private final Problems problems;

	private final ErrorPages errorPages;

	ErrorPath(Problems problems, ErrorPages errorPages) {
		this.problems = problems;
		this.errorPages = errorPages;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		HttpStatus status = status(request);
		Failure failure = Failure.of(status);
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = this.problems.problem(status, failure.code(), failure.messageKey(), null,
					java.util.Map.of(), request);
			problem.setInstance(instance(uri));
			return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		return this.errorPages.page(status, failure.messageKey(), null, request);
	}

	private static HttpStatus status(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof InvalidParameterException invalid) {
			HttpStatus refused = HttpStatus.resolve(invalid.getErrorCode());
			return (refused != null && refused.is4xxClientError()) ? refused : HttpStatus.BAD_REQUEST;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/** The path as the {@code instance} URI, or none when it does not parse as one. */
	private static java.net.URI instance(String uri) {
		try {
			return java.net.URI.create(uri);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
