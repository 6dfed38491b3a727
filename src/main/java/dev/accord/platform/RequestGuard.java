package dev.accord.platform;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any handler runs, the requests whose answer could not be delivered or whose body
 * could not be read: nothing may be saved for a caller who will only see an error. Under
 * {@code /api/}: an {@code Accept} that takes neither JSON (nor CSV for a {@code .csv} export) is 406,
 * a wildcard or malformed {@code Content-Type} 415. Everywhere: a form body over the size limit 413,
 * one that cannot be parsed 400.
 * The error itself is always problem+json, whatever {@code Accept} asked for.
 */
class RequestGuard extends OncePerRequestFilter {

	private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

	private static final List<MediaType> CSV = List.of(MediaType.parseMediaType("text/csv"));

	private final Problems problems;

	private final long maxFormBytes;

	RequestGuard(Problems problems, DataSize maxFormSize) {
		this.problems = problems;
		this.maxFormBytes = maxFormSize.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpStatus refusal = Problems.isApi(request) ? apiRefusal(request) : pageRefusal(request);
		if (refusal == null) {
			chain.doFilter(request, response);
			return;
		}
		Failure failure = Failure.of(refusal);
		if (Problems.isApi(request)) {
			this.problems.write(request, response, refusal, failure.code(), failure.messageKey());
		}
		else {
			response.sendError(refusal.value());
		}
	}

	private HttpStatus apiRefusal(HttpServletRequest request) {
		try {
			String accept = request.getHeader("Accept");
			if (accept != null && !accept.isBlank() && !acceptable(MediaType.parseMediaTypes(accept), produced(request))) {
				return HttpStatus.NOT_ACCEPTABLE;
			}
		}
		catch (IllegalArgumentException ex) {
			return HttpStatus.NOT_ACCEPTABLE;
		}
		String contentType = request.getContentType();
		if (contentType != null && !readable(contentType)) {
			return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		}
		return unreadableForm(request);
	}

	private HttpStatus pageRefusal(HttpServletRequest request) {
		return unreadableForm(request);
	}

	/**
	 * A form body over the limit, or one Tomcat cannot parse (it throws on the first parameter
	 * read, wherever that is): read here, after the character encoding is set, and refused at once.
	 */
	private HttpStatus unreadableForm(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType == null || !contentType.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33)) {
			return null;
		}
		if (request.getContentLengthLong() > this.maxFormBytes) {
			return HttpStatus.CONTENT_TOO_LARGE;
		}
		try {
			request.getParameterNames();
			return null;
		}
		catch (InvalidParameterException ex) {
			return (ex.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) ? HttpStatus.CONTENT_TOO_LARGE
					: HttpStatus.BAD_REQUEST;
		}
	}

	private static List<MediaType> produced(HttpServletRequest request) {
		return request.getRequestURI().endsWith(".csv") ? CSV : JSON;
	}

	private static boolean acceptable(List<MediaType> accepted, List<MediaType> produced) {
		return accepted.stream()
			.filter((type) -> !"0".equals(type.getParameter("q")) && !"0.0".equals(type.getParameter("q")))
			.anyMatch((type) -> produced.stream().anyMatch(type::isCompatibleWith));
	}

	private static boolean readable(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
