package dev.accord.support.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON calls that must succeed while the fuzz world is made, and the join links from the dev mailbox. */
final class WorldClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final FuzzHttp http;

	WorldClient(FuzzHttp http) {
		this.http = http;
	}

	String joinToken(String email) {
		return linkToken(email, "/join/");
	}

	/** The token of the newest mail's link to this path (such as {@code /verify-email?token=}). */
	String linkToken(String email, String path) {
		long deadline = System.currentTimeMillis() + 15_000;
		Pattern link = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]+)");
		while (System.currentTimeMillis() < deadline) {
			JsonNode items = call("GET", "/api/v1/dev/mailbox?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8),
					null, null).get("items");
			if (items != null && !items.isEmpty()) {
				Matcher m = link.matcher(items.get(0).get("text").asString());
				if (m.find()) {
					return m.group(1);
				}
			}
			sleep(50);
		}
		throw new IllegalStateException("no mail with " + path + " for " + email + " (is the mailbox mode on?)");
	}

	JsonNode call(String method, String path, String token, Object body) {
		FuzzHttp.Answer answer = raw(method, path, token, body);
		if (answer.status() >= 300) {
			throw new IllegalStateException(method + " " + path + " failed: " + answer);
		}
		return (answer.body() == null || answer.body().isBlank()) ? JSON.createObjectNode() : JSON.readTree(answer.body());
	}

	FuzzHttp.Answer raw(String method, String path, String token, Object body) {
		Map<String, String> headers = new java.util.LinkedHashMap<>();
		headers.put("Accept", "application/json");
		if (token != null) {
			headers.put("Authorization", "Bearer " + token);
		}
		if (body != null) {
			headers.put("Content-Type", "application/json");
		}
		return this.http.send(FuzzRequest.of(method, path, headers, (body != null) ? JSON.writeValueAsString(body) : null),
				false);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
