package dev.accord.account;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.accord.platform.PlainText;
import dev.accord.platform.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the name of a passkey being added before Spring's {@code POST /webauthn/register} stores it:
 * required, one line, at most {@link Passkeys#MAX_NAME_LENGTH} characters. A bad name, or a body that
 * is no JSON or too large, is answered as problem+json (422 with {@code errors.label}, 400, 413) in the
 * person's language, which the page shows next to the field. No bean (Spring Boot would register it
 * as a servlet filter too): it runs in the security chain only ({@link PasskeySignIn}).
 */
class PasskeyNameFilter extends OncePerRequestFilter {

	/** Far more than a registration response needs (an attestation is a few kilobytes). */
	static final int MAX_BODY = 64 * 1024;

	private static final RequestMatcher REGISTER = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/webauthn/register");

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final Problems problems;

	private final JsonMapper json;

	PasskeyNameFilter(Problems problems, JsonMapper json) {
		this.problems = problems;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// Someone not signed in is refused by the authorization that follows, whatever the body.
		return !REGISTER.matches(request)
				|| !this.trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			answer(request, response, HttpStatus.CONTENT_TOO_LARGE, "TOO_LARGE", "error.tooLarge", null);
			return;
		}
		String label;
		try {
			JsonNode node = this.json.readTree(body).path("publicKey").path("label");
			label = node.isString() ? node.asString() : null;
		}
		catch (JacksonException ex) {
			answer(request, response, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "error.malformed", null);
			return;
		}
		String problem = problem(label);
		if (problem != null) {
			answer(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "VALIDATION_FAILED", "error.validation",
					Map.of("label", problem));
			return;
		}
		chain.doFilter(new CachedBody(request, body), response);
	}

	/** The message key of what is wrong with a passkey's name, or null when it will do. */
	static String problem(String name) {
		if (name == null || name.isBlank()) {
			return "validation.required";
		}
		if (!PlainText.isSingleLine(name)) {
			return "validation.singleLine";
		}
		return (name.strip().length() > Passkeys.MAX_NAME_LENGTH) ? "validation.passkeyName.tooLong" : null;
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			String messageKey, Map<String, String> errors) throws IOException {
		ProblemDetail problem = this.problems.problem(status, code, messageKey, null,
				(errors != null) ? errors : Map.of(), request);
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("type", "about:blank");
		out.put("title", problem.getTitle());
		out.put("status", problem.getStatus());
		out.put("detail", problem.getDetail());
		out.put("code", code);
		if (problem.getProperties() != null && problem.getProperties().get("errors") != null) {
			out.put("errors", problem.getProperties().get("errors"));
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), out);
	}

	/** The request with its body read once here and again by the registration filter. */
	private static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {
				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return false;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
