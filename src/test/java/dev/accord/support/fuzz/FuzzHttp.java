package dev.accord.support.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends the fuzzer's requests over real HTTP, without following redirects, and keeps the cookies of
 * one browser session apart so that a request can be sent with or without it.
 */
public final class FuzzHttp {

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String baseUrl;

	private final Map<String, String> cookies = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

	public FuzzHttp(String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	/** The session cookies as one {@code Cookie} header, or null before signing in. */
	public String sessionCookie() {
		synchronized (this.cookies) {
			if (this.cookies.isEmpty()) {
				return null;
			}
			StringBuilder header = new StringBuilder();
			this.cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=')
				.append(value));
			return header.toString();
		}
	}

	/** Sends one request; {@code withSession} adds the session cookie and remembers new ones. */
	public Answer send(FuzzRequest request, boolean withSession) {
		try {
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + request.pathAndQuery()))
				.timeout(Duration.ofSeconds(30));
			request.headers().forEach(builder::header);
			String cookie = withSession ? sessionCookie() : null;
			if (cookie != null) {
				builder.header("Cookie", cookie);
			}
			builder.method(request.method(), (request.body() != null)
					? HttpRequest.BodyPublishers.ofByteArray(request.body()) : HttpRequest.BodyPublishers.noBody());
			HttpResponse<String> response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			if (withSession) {
				remember(response);
			}
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(""), response.body());
		}
		catch (IOException ex) {
			return new Answer(-1, "", "", ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void remember(HttpResponse<String> response) {
		for (String setCookie : response.headers().allValues("Set-Cookie")) {
			String pair = setCookie.split(";", 2)[0];
			int eq = pair.indexOf('=');
			if (eq > 0) {
				String name = pair.substring(0, eq).trim();
				String value = pair.substring(eq + 1).trim();
				if (value.isEmpty() || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
					this.cookies.remove(name);
				}
				else {
					this.cookies.put(name, value);
				}
			}
		}
	}

	/** What came back; status -1 when the connection failed. */
	public record Answer(int status, String contentType, String location, String body) {
	}

}
