package dev.accord.platform;

import java.util.List;

import dev.accord.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error pages of the UI: the brand, the normal layout (account switcher and user menu when
 * signed in) and a way back, whatever failed. A layout that cannot be read (the database is down)
 * leaves the page plain rather than failing it.
 */
@Component
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final AccordProperties properties;

	private final List<PageLayout> layouts;

	ErrorPages(AccordProperties properties, List<PageLayout> layouts) {
		this.properties = properties;
		this.layouts = layouts;
	}

	ModelAndView page(HttpStatus status, String messageKey, Object[] args, HttpServletRequest request) {
		return page(view(status), status, messageKey, args, request);
	}

	/** An error page of its own (a rule's explanation), with the same model as the status pages. */
	ModelAndView page(String view, HttpStatus status, String messageKey, Object[] args, HttpServletRequest request) {
		ModelAndView page = new ModelAndView(view);
		page.setStatus(status);
		page.addObject("messageKey", messageKey);
		page.addObject("messageArgs", args);
		page.addObject("status", status.value());
		page.addObject("brandName", this.properties.brand().name());
		page.addObject("brand", this.properties.brand());
		page.addObject("languages", Language.values());
		for (PageLayout layout : this.layouts) {
			try {
				layout.addTo(page.getModel(), request);
			}
			catch (RuntimeException ex) {
				log.debug("The error page for {} is shown without the signed-in layout", request.getRequestURI(), ex);
			}
		}
		return page;
	}

	static String view(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "error/404";
			case FORBIDDEN -> "error/403";
			case INTERNAL_SERVER_ERROR -> "error/500";
			case SERVICE_UNAVAILABLE -> "error/503";
			default -> "error/error";
		};
	}

}
