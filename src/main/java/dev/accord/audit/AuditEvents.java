package dev.accord.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.shared.Actor;
import dev.accord.platform.Keyset;
import dev.accord.platform.ListRange;
import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The audit_event table: insert, keyset pages newest first, and removal past the retention period. */
@Repository
class AuditEvents {

	private static final String COLUMNS = """
			SELECT id, occurred_at, actor_type, actor_id, actor_name, action, object_type, object_id,
			       object_label, person_id, before_json, after_json, ip
			FROM audit_event""";

	private static final String AS_ACTOR = "actor_type IN ('PERSON', 'OPERATOR') AND actor_id = :personText";

	private static final String ORDER = " ORDER BY occurred_at DESC, id DESC LIMIT :limit";

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	AuditEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID accountId, Instant at, Actor actor, String actorName, AuditAction action, String objectId,
			String objectLabel, UUID personId, Map<String, Object> before, Map<String, Object> after, String ip) {
		this.jdbc.sql("""
				INSERT INTO audit_event (business_account_id, occurred_at, actor_type, actor_id, actor_name, action,
				    object_type, object_id, object_label, person_id, before_json, after_json, ip)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(accountId, Timestamps.toDb(at), actor.type().name(), actor.id(), cut(actorName, 300),
					action.name(), action.objectType(), cut(objectId, 200), cut(objectLabel, 300), personId,
					JSON.writeValueAsString(before), JSON.writeValueAsString(after), cut(ip, 45))
			.update();
	}

	/**
	 * Up to {@code query.limit() + 1} entries from the cursor in reading order (newest first; oldest
	 * first when going back), so the caller knows whether there is a page beyond.
	 */
	List<AuditEntry> page(UUID accountId, AuditQuery query, Keyset at) {
		Map<String, Object> params = new HashMap<>();
		params.put("account", accountId);
		params.put("limit", query.limit() + 1);
		String filters = filters(query, params) + keyset(at, params);
		String base = COLUMNS + " WHERE business_account_id = :account" + filters;
		String order = at.backward() ? " ORDER BY occurred_at ASC, id ASC LIMIT :limit" : ORDER;
		String sql;
		if (query.personId() == null) {
			sql = base + order;
		}
		else {
			// The person as actor, or as the one a change is about: two index-friendly branches, merged.
			params.put("person", query.personId());
			params.put("personText", query.personId().toString());
			sql = "SELECT * FROM ((" + base + " AND " + AS_ACTOR + order + ") UNION (" + base
					+ " AND person_id = :person" + order + ")) e" + order;
		}
		return this.jdbc.sql(sql).params(params).query(this::entry).list();
	}

	/** How many entries the filters select, counting at most {@link ListRange#COUNT_CAP} and one. */
	long count(UUID accountId, AuditQuery query) {
		Map<String, Object> params = new HashMap<>();
		params.put("account", accountId);
		String base = "SELECT id FROM audit_event WHERE business_account_id = :account" + filters(query, params);
		if (query.personId() == null) {
			return this.jdbc.sql(ListRange.cappedCount(base)).params(params).query(Long.class).single();
		}
		params.put("person", query.personId());
		params.put("personText", query.personId().toString());
		String cap = " LIMIT " + (ListRange.COUNT_CAP + 1);
		return this.jdbc.sql("SELECT count(*) FROM ((" + base + " AND " + AS_ACTOR + cap + ") UNION (" + base
				+ " AND person_id = :person" + cap + ")) counted")
			.params(params)
			.query(Long.class)
			.single();
	}

	/**
	 * Up to {@code limit} entries of any business account made by the person or about them, newest
	 * first, each with its account: the two branches use their own index, then merge.
	 */
	List<Located> byOrAbout(UUID personId, int limit) {
		String columns = COLUMNS.replace("SELECT id,", "SELECT business_account_id, id,");
		String order = ORDER;
		String sql = "SELECT * FROM ((" + columns + " WHERE " + AS_ACTOR + order + ") UNION (" + columns
				+ " WHERE person_id = :person" + order + ")) e" + order;
		return this.jdbc.sql(sql)
			.param("person", personId)
			.param("personText", personId.toString())
			.param("limit", limit)
			.query((rs, n) -> new Located(rs.getObject("business_account_id", UUID.class), entry(rs, n)))
			.list();
	}

	/** An entry with the business account whose log holds it. */
	record Located(UUID businessAccountId, AuditEntry entry) {
	}

	int deleteBefore(Instant cutoff, int batch) {
		return this.jdbc.sql("""
				DELETE FROM audit_event WHERE id IN (
				    SELECT id FROM audit_event WHERE occurred_at < ? ORDER BY occurred_at LIMIT ?)""")
			.params(Timestamps.toDb(cutoff), batch)
			.update();
	}

	private static String filters(AuditQuery query, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		if (query.action() != null) {
			sql.append(" AND action = :action");
			params.put("action", query.action().name());
		}
		if (query.from() != null) {
			sql.append(" AND occurred_at >= :from");
			params.put("from", Timestamps.toDb(startOf(query.from())));
		}
		if (query.to() != null) {
			sql.append(" AND occurred_at < :to");
			params.put("to", Timestamps.toDb(startOf(query.to().plusDays(1))));
		}
		return sql.toString();
	}

	/** From the cursor's (time, id): the range on time uses the index, the id only breaks ties. */
	private static String keyset(Keyset at, Map<String, Object> params) {
		After after = at.key((text) -> {
			String[] parts = text.split("\\|", 2);
			return new After(Instant.parse(parts[0]), Long.parseLong(parts[1]));
		});
		if (after == null) {
			return "";
		}
		params.put("afterAt", Timestamps.toDb(after.at()));
		params.put("afterId", after.id());
		return at.backward() ? " AND occurred_at >= :afterAt AND (occurred_at > :afterAt OR id > :afterId)"
				: " AND occurred_at <= :afterAt AND (occurred_at < :afterAt OR id < :afterId)";
	}

	private record After(Instant at, long id) {
	}

	/** The key of an entry in the list. */
	static String keyOf(AuditEntry entry) {
		return entry.at() + "|" + entry.id();
	}

	private static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static String cut(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	private AuditEntry entry(ResultSet rs, int row) throws SQLException {
		String personId = rs.getString("person_id");
		return new AuditEntry(rs.getLong("id"), Timestamps.fromDb(rs, "occurred_at"),
				new Actor(Actor.Type.valueOf(rs.getString("actor_type")), rs.getString("actor_id")),
				rs.getString("actor_name"), AuditAction.valueOf(rs.getString("action")), rs.getString("object_type"),
				rs.getString("object_id"), rs.getString("object_label"),
				(personId != null) ? UUID.fromString(personId) : null, JSON.readValue(rs.getString("before_json"), MAP),
				JSON.readValue(rs.getString("after_json"), MAP), rs.getString("ip"));
	}

}
