package dev.accord.platform;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Builds RFC 9457 problem details with the stable {@code code} and localized texts. */
@Component
public class Problems {

	private final MessageSource messages;

	private final LocaleResolver localeResolver;

	private final JsonMapper json;

	Problems(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
		this.messages = messages;
		this.localeResolver = localeResolver;
		this.json = json;
	}

	public static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/");
	}

	public ProblemDetail problem(HttpStatus status, String code, String messageKey, Object[] args,
			Map<String, String> fieldErrorKeys, HttpServletRequest request) {
		Locale locale = this.localeResolver.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(messageKey, args, messageKey, locale));
		problem.setProperty("code", code);
		if (!fieldErrorKeys.isEmpty()) {
			Map<String, String> errors = new LinkedHashMap<>();
			fieldErrorKeys.forEach((field, key) -> errors.put(field, this.messages.getMessage(key, null, key, locale)));
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	/** Writes a problem straight to the response, for filters that run before Spring MVC. */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			String messageKey) throws IOException {
		ProblemDetail problem = problem(status, code, messageKey, null, Map.of(), request);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", request.getRequestURI());
		body.put("code", code);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), body);
	}

}
