package dev.accord.business.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxViewResolver;

/** Where a page goes after a change it saved. */
final class Redirects {

	private Redirects() {
	}

	/**
	 * A redirect to the path: a 302 for a plain request, {@code HX-Redirect} for an htmx request
	 * (its XHR would follow a 302 and swap the whole page into the dialog). Flash attributes
	 * travel either way.
	 */
	static String to(HtmxRequest htmx, String path) {
		return (htmx.isHtmxRequest() ? HtmxViewResolver.REDIRECT_URL_PREFIX : "redirect:") + path;
	}

}
