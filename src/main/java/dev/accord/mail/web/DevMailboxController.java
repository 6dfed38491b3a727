package dev.accord.mail.web;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.accord.mail.DevMailbox;
import dev.accord.platform.AccordProperties;
import dev.accord.platform.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The development mailbox: answered only in mailbox mode and only to requests that come straight
 * from a loopback address (not through a proxy); everyone else gets 404.
 */
@Controller
class DevMailboxController {

	/**
	 * Headers a proxy adds to say whom it forwards for (besides every {@code X-Forwarded-*}): any
	 * of them means the request did not come straight from this machine, whatever its address.
	 */
	private static final Set<String> FORWARDING_HEADERS = Set.of("forwarded", "via", "x-real-ip", "x-client-ip",
			"true-client-ip", "cf-connecting-ip", "x-cluster-client-ip", "fastly-client-ip", "x-original-forwarded-for",
			"x-proxyuser-ip", "client-ip", "x-forwarded", "forwarded-for", "x-originating-ip", "x-remote-ip",
			"x-remote-addr", "x-host", "x-original-host");

	private final DevMailbox mailbox;

	private final String mailPolicy;

	DevMailboxController(DevMailbox mailbox, AccordProperties properties) {
		this.mailbox = mailbox;
		this.mailPolicy = mailPolicy(properties);
	}

	@GetMapping("/dev/mailbox")
	String page(@RequestParam(required = false) String to, HttpServletRequest request, Model model) {
		guard(request);
		model.addAttribute("messages", this.mailbox.messages(to));
		model.addAttribute("to", to);
		return "dev/mailbox";
	}

	/**
	 * A message's HTML part, for the sandboxed frame on the mailbox page: its own policy lets the
	 * mail's inline styles and images show and nothing else (no script, no form, no plugin), and only
	 * the portal's own pages may frame it.
	 */
	@GetMapping(path = "/dev/mailbox/{id}/html")
	ResponseEntity<String> html(@PathVariable UUID id, HttpServletRequest request) {
		guard(request);
		DevMailbox.Message message = this.mailbox.message(id).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy", this.mailPolicy)
			.header("X-Frame-Options", "SAMEORIGIN")
			.cacheControl(CacheControl.noStore())
			.body((message.html() != null) ? message.html() : "");
	}

	private static String mailPolicy(AccordProperties properties) {
		URI base = properties.baseUrl();
		String images = Stream.concat(Stream.of(base.getScheme() + "://" + base.getAuthority()),
				properties.brand().imageOrigins().stream()).distinct().collect(Collectors.joining(" "));
		return "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data: " + images
				+ "; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";
	}

	@GetMapping(path = "/api/v1/dev/mailbox", produces = "application/json")
	@ResponseBody
	Map<String, List<DevMailbox.Message>> json(@RequestParam(required = false) String to, HttpServletRequest request) {
		guard(request);
		return Map.of("items", this.mailbox.messages(to));
	}

	private void guard(HttpServletRequest request) {
		if (!this.mailbox.isActive() || !fromLoopback(request)) {
			throw new NotFoundException();
		}
	}

	private static boolean fromLoopback(HttpServletRequest request) {
		if (forwarded(request)) {
			return false;
		}
		try {
			return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static boolean forwarded(HttpServletRequest request) {
		for (String name : Collections.list(request.getHeaderNames())) {
			String lower = name.toLowerCase(Locale.ROOT);
			if (lower.startsWith("x-forwarded-") || FORWARDING_HEADERS.contains(lower)) {
				return true;
			}
		}
		return false;
	}

}
