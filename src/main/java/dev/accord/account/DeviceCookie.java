package dev.accord.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.accord.platform.SecureTokens;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The browser's device cookie {@value #NAME}: a random device id and its HMAC-SHA256 under a key
 * kept in the database (made once, shared by every instance). HttpOnly, SameSite=Lax, Secure on
 * HTTPS. A cookie whose signature does not match is no cookie.
 */
@Component
class DeviceCookie {

	static final String NAME = "ACCORD_DEVICE";

	private static final Duration LIFETIME = Duration.ofDays(400);

	private static final int MAX_LENGTH = 200;

	private final JdbcClient jdbc;

	private volatile byte[] key;

	DeviceCookie(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The device id of a well-signed cookie of this request. */
	Optional<String> read(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (NAME.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().length() <= MAX_LENGTH) {
				Optional<String> id = verified(cookie.getValue());
				if (id.isPresent()) {
					return id;
				}
			}
		}
		return Optional.empty();
	}

	/** Gives the browser a new device id; returns it. */
	String issue(HttpServletRequest request, HttpServletResponse response) {
		String id = SecureTokens.generate("");
		ResponseCookie cookie = ResponseCookie.from(NAME, id + "." + sign(id))
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.path("/")
			.maxAge(LIFETIME)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		return id;
	}

	private Optional<String> verified(String value) {
		int dot = value.lastIndexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		String id = value.substring(0, dot);
		byte[] expected = sign(id).getBytes(StandardCharsets.US_ASCII);
		byte[] given = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given) ? Optional.of(id) : Optional.empty();
	}

	private String sign(String id) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is required by every Java platform", ex);
		}
	}

	private byte[] key() {
		byte[] known = this.key;
		if (known == null) {
			known = stored().orElseGet(this::create).getBytes(StandardCharsets.US_ASCII);
			this.key = known;
		}
		return known;
	}

	private Optional<String> stored() {
		return this.jdbc.sql("SELECT secret FROM device_cookie_key WHERE id = 1").query(String.class).optional();
	}

	/** Makes the key; when another instance made it at the same moment, theirs is kept. */
	private String create() {
		this.jdbc.sql("INSERT INTO device_cookie_key (id, secret) VALUES (1, ?) ON CONFLICT DO NOTHING")
			.param(SecureTokens.generate(""))
			.update();
		return stored().orElseThrow();
	}

}
