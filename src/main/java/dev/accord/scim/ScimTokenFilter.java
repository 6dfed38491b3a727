package dev.accord.scim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import com.unboundid.scim2.common.messages.ErrorResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <SCIM token>} on every {@code /scim/v2} request: a live token names
 * the business account the request acts on; a missing, unknown or revoked one is a SCIM 401 with
 * {@code WWW-Authenticate: Bearer}.
 */
class ScimTokenFilter extends OncePerRequestFilter {

	private final ScimTokens tokens;

	ScimTokenFilter(ScimTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		Optional<UUID> account = Optional.empty();
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			account = this.tokens.authenticate(header.substring(7).trim());
		}
		if (account.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"scim\"");
			write(response, 401, null, "A valid SCIM token is required (Authorization: Bearer …).");
			return;
		}
		request.setAttribute(ScimClient.ATTRIBUTE, account.get());
		chain.doFilter(request, response);
	}

	static void write(HttpServletResponse response, int status, String scimType, String detail) throws IOException {
		ErrorResponse error = new ErrorResponse(status);
		error.setScimType(scimType);
		error.setDetail(detail);
		response.setStatus(status);
		response.setContentType(ScimBodies.SCIM_JSON.toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(ScimBodies.write(error));
	}

}
