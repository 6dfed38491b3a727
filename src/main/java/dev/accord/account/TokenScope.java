package dev.accord.account;

/** What an API token may do: only read ({@code GET}, {@code HEAD}, {@code OPTIONS}) or everything its owner may. */
public enum TokenScope {

	READ_ONLY, FULL;

	/** Whether a request with this HTTP method is allowed for a token of this scope. */
	public boolean allows(String method) {
		return this == FULL || "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
	}

}
