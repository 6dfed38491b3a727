package dev.accord.platform;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import dev.accord.shared.Language;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Answers a request that failed because the database is unreachable with 503 and
 * {@code Retry-After}: problem+json {@code SERVICE_UNAVAILABLE} for the API, the translated
 * "temporarily unavailable" page elsewhere. It runs before Spring Session's filter, which already
 * needs the database to find a session, so an outage anywhere in the chain lands here. Nothing is
 * kept between requests: the next one simply tries the database again.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final Problems problems;

	private final ObjectProvider<ThymeleafViewResolver> views;

	private final LocaleResolver locales;

	private final AccordProperties properties;

	DatabaseOutageFilter(Problems problems, ObjectProvider<ThymeleafViewResolver> views, LocaleResolver locales,
			AccordProperties properties) {
		this.problems = problems;
		this.views = views;
		this.locales = locales;
		this.properties = properties;
	}

	/** The error dispatch finds the session too, so it may meet the outage as well. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!DatabaseOutage.isCause(ex)) {
				throw ex;
			}
			unavailable(request, response, ex);
		}
	}

	private void unavailable(HttpServletRequest request, HttpServletResponse response, Exception ex)
			throws ServletException, IOException {
		if (response.isCommitted()) {
			log.warn("Database unavailable after {} {} was answered: {}", request.getMethod(), request.getRequestURI(),
					rootMessage(ex));
			return;
		}
		log.warn("Database unavailable: {} {} answered 503: {}", request.getMethod(), request.getRequestURI(),
				rootMessage(ex));
		log.debug("Database unavailable", ex);
		response.reset();
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (Problems.isApi(request) || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/")) {
			this.problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE",
					"error.unavailable");
			return;
		}
		page(request, response);
	}

	/** The page without anything from the database: no session, no signed-in person in the header. */
	private void page(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, this.locales);
		Locale locale = this.locales.resolveLocale(request);
		try {
			View view = this.views.getObject().resolveViewName("error/503", locale);
			if (view == null) {
				response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
				return;
			}
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			view.render(Map.of("brandName", this.properties.brand().name(), "brand", this.properties.brand(),
					"languages", Language.values(), "status", HttpStatus.SERVICE_UNAVAILABLE.value()), request, response);
		}
		catch (Exception renderFailure) {
			throw new ServletException("Could not render the 503 page", renderFailure);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
