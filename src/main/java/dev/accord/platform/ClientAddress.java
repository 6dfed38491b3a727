package dev.accord.platform;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client whose request is being served, or null outside a request. Behind a
 * reverse proxy, set {@code server.forward-headers-strategy=native} so that this is the client's
 * address on every path (the device API's fast path runs before any other filter).
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String current() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return servlet.getRequest().getRemoteAddr();
		}
		return null;
	}

}
