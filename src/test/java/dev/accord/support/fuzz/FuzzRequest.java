package dev.accord.support.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One generated request, printable so that a failure shows exactly what was sent. */
public record FuzzRequest(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {

	public static FuzzRequest of(String method, String pathAndQuery, Map<String, String> headers, String body) {
		return new FuzzRequest(method, pathAndQuery, headers,
				(body != null) ? body.getBytes(StandardCharsets.UTF_8) : null);
	}

	public boolean isApi() {
		return this.pathAndQuery.startsWith("/api/");
	}

	@Override
	public String toString() {
		String text = (this.body != null) ? new String(this.body, StandardCharsets.UTF_8) : "";
		if (text.length() > 300) {
			text = text.substring(0, 300) + "… (" + this.body.length + " bytes)";
		}
		String path = (this.pathAndQuery.length() > 300) ? this.pathAndQuery.substring(0, 300) + "…" : this.pathAndQuery;
		return this.method + " " + path + " " + this.headers + (text.isEmpty() ? "" : " body: " + text);
	}

}
