package dev.accord.platform;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat refuses before the application sees it (a request line too long, characters not
 * allowed in a URL, a header it cannot parse) would get Tomcat's own HTML page. Under {@code /api/}
 * it gets problem+json with a {@code code} instead, like every other refusal, and so does a request
 * whose target Tomcat could not even read (no path to tell a page from the API); a page request
 * keeps Tomcat's plain page, without details.
 */
class ContainerErrorReport extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	ContainerErrorReport(MessageSource messages) {
		this.messages = messages;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		String uri = request.getRequestURI();
		boolean unreadable = uri == null || uri.isEmpty();
		if (!unreadable && !uri.startsWith("/api/")) {
			super.report(request, response, throwable);
			return;
		}
		HttpStatus status = HttpStatus.resolve(response.getStatus());
		if (status == null || !status.isError() || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		java.util.concurrent.atomic.AtomicBoolean ioAllowed = new java.util.concurrent.atomic.AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		write(response, problem(status, request.getLocale()));
	}

	private Map<String, Object> problem(HttpStatus status, Locale requested) {
		Failure failure = Failure.of(status);
		Locale locale = (requested != null) ? requested : Locale.ENGLISH;
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", this.messages.getMessage(failure.messageKey(), null, failure.messageKey(), locale));
		problem.put("code", failure.code());
		return problem;
	}

	private static void write(Response response, Map<String, Object> problem) {
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(JSON.writeValueAsString(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response cannot take a body: nothing more to say.
		}
	}

}
