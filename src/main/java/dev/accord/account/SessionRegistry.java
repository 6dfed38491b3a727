package dev.accord.account;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.platform.NotFoundException;
import org.springframework.core.serializer.support.DeserializingConverter;
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

	private static final DeserializingConverter DESERIALIZER = new DeserializingConverter();

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
		Map<String, Map<String, String>> attributes = deviceAttributes(email);
		return rows.stream()
			.map((row) -> view(row, attributes.getOrDefault(row.primaryId(), Map.of()), currentSessionId))
			.toList();
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

	/**
	 * The user agent and address of each of the person's sessions, by row key, in one query. Read
	 * here rather than through {@code findByPrincipalName}, whose reading of the joined rows assumes
	 * that a session's rows come together, which PostgreSQL does not promise without an order.
	 */
	private Map<String, Map<String, String>> deviceAttributes(String email) {
		Map<String, Map<String, String>> found = new HashMap<>();
		this.jdbc.sql("""
				SELECT a.session_primary_id, a.attribute_name, a.attribute_bytes
				FROM spring_session_attributes a JOIN spring_session s ON s.primary_id = a.session_primary_id
				WHERE s.principal_name = ? AND a.attribute_name IN (?, ?)""")
			.params(email, USER_AGENT, ADDRESS)
			.query((java.sql.ResultSet rs) -> {
				String value = text(rs.getBytes("attribute_bytes"));
				if (value != null) {
					found.computeIfAbsent(rs.getString("session_primary_id").trim(), (id) -> new HashMap<>())
						.put(rs.getString("attribute_name"), value);
				}
			});
		return found;
	}

	/** An attribute's value as Spring Session JDBC stores it by default (Java serialization), if it is a text. */
	private static String text(byte[] bytes) {
		try {
			return (DESERIALIZER.convert(bytes) instanceof String text) ? text : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private SessionView view(Row row, Map<String, String> attributes, String currentSessionId) {
		String userAgent = attributes.get(USER_AGENT);
		String address = attributes.get(ADDRESS);
		UserAgents.Parsed parsed = this.userAgents.parse(userAgent);
		return new SessionView(UUID.fromString(row.primaryId()), parsed.browser(), parsed.os(), address,
				Instant.ofEpochMilli(row.createdAt()), Instant.ofEpochMilli(row.lastAccessedAt()),
				row.sessionId().equals(currentSessionId));
	}

	private record Row(String primaryId, String sessionId, long createdAt, long lastAccessedAt) {
	}

}
