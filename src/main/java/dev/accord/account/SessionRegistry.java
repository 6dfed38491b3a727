package dev.accord.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Finds, lists and ends a person's sessions, which live in the database (Spring Session JDBC). A
 * session is named to the person by its row key ({@code primary_id}), which stays the same when
 * sign-in changes the session id and is never the cookie's value.
 */
@Component
class SessionRegistry {

	/** The session attribute with the browser's {@code User-Agent} header at sign-in. */
	static final String USER_AGENT = "accord.session.userAgent";

	/** The session attribute with the client address at sign-in. */
	static final String ADDRESS = "accord.session.address";

	/** The most sessions a list shows, newest use first. */
	static final int MAX_LISTED = 100;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final JdbcClient jdbc;

	private final UserAgents userAgents;

	SessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions, JdbcClient jdbc,
			UserAgents userAgents) {
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.userAgents = userAgents;
	}

	/** Ends every session of this email except {@code keepSessionId} (which may be null). */
	int signOutOthers(String email, String keepSessionId) {
		Map<String, ? extends Session> found = this.sessions.findByPrincipalName(email);
		int ended = 0;
		for (String id : found.keySet()) {
			if (!id.equals(keepSessionId)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

	int count(String email) {
		return this.sessions.findByPrincipalName(email).size();
	}

	/**
	 * The sessions of this email that have not expired, most recently used first; {@code currentSessionId}
	 * (the session id of the asking request, or null) marks "this session". One query for the rows and
	 * one for their attributes.
	 */
	List<SessionView> list(String email, String currentSessionId) {
		// Spring Session decides expiry by the system clock, so the list does too.
		long now = System.currentTimeMillis();
		List<Row> rows = this.jdbc.sql("""
				SELECT primary_id, session_id, creation_time, last_access_time FROM spring_session
				WHERE principal_name = ? AND expiry_time > ? ORDER BY last_access_time DESC, primary_id
				LIMIT ?""")
			.params(email, now, MAX_LISTED)
			.query((rs, n) -> new Row(rs.getString("primary_id").trim(), rs.getString("session_id").trim(),
					rs.getLong("creation_time"), rs.getLong("last_access_time")))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, ? extends Session> attributes = this.sessions.findByPrincipalName(email);
		return rows.stream().map((row) -> view(row, attributes.get(row.sessionId()), currentSessionId)).toList();
	}

	/** Ends one session of this email by its id; someone else's, an unknown or a malformed id is 404. */
	void signOut(String email, String id) {
		String sessionId = this.jdbc.sql("SELECT session_id FROM spring_session WHERE primary_id = ? AND principal_name = ?")
			.params(id, email)
			.query(String.class)
			.optional()
			.orElseThrow(NotFoundException::new);
		this.sessions.deleteById(sessionId.trim());
	}

	/** Ends every session of this email at once, in the caller's transaction (the account is going). */
	void deleteAll(String email) {
		this.jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?").param(email).update();
	}

	private SessionView view(Row row, Session session, String currentSessionId) {
		String userAgent = (session != null) ? session.getAttribute(USER_AGENT) : null;
		String address = (session != null) ? session.getAttribute(ADDRESS) : null;
		UserAgents.Parsed parsed = this.userAgents.parse(userAgent);
		return new SessionView(UUID.fromString(row.primaryId()), parsed.browser(), parsed.os(), address,
				Instant.ofEpochMilli(row.createdAt()), Instant.ofEpochMilli(row.lastAccessedAt()),
				row.sessionId().equals(currentSessionId));
	}

	private record Row(String primaryId, String sessionId, long createdAt, long lastAccessedAt) {
	}

}
