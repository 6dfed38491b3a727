package dev.accord.account;

import java.io.IOException;
import java.util.Optional;

import dev.accord.platform.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer} API requests; an unknown token answers 401
 * {@code UNAUTHORIZED} at once, an expired one 401 {@code TOKEN_EXPIRED}, and a read-only token on any
 * method but {@code GET}, {@code HEAD} and {@code OPTIONS} 403 {@code READ_ONLY_TOKEN}.
 * Runs before the CSRF check, which skips exactly the requests this filter marked as authenticated.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String AUTHENTICATED = BearerTokenFilter.class.getName() + ".authenticated";

	private final ApiTokenService tokens;

	private final Problems problems;

	BearerTokenFilter(ApiTokenService tokens, Problems problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiTokenService.TokenUse> use = this.tokens.authenticate(header.substring(7).trim(),
				request.getRemoteAddr());
		if (use.isEmpty()) {
			this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "error.unauthorized");
			return;
		}
		if (use.get().expired()) {
			this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "TOKEN_EXPIRED", "error.tokenExpired");
			return;
		}
		if (!use.get().scope().allows(request.getMethod())) {
			this.problems.write(request, response, HttpStatus.FORBIDDEN, "READ_ONLY_TOKEN", "error.readOnlyToken");
			return;
		}
		AccordUser user = use.get().user();
		// The token's owner, whatever session the cookie names: the session is never read.
		request.setAttribute(AUTHENTICATED, Boolean.TRUE);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Whether a valid bearer token authenticated this request. */
	static boolean authenticated(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(AUTHENTICATED));
	}

}
