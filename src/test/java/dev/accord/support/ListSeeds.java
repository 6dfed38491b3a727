package dev.accord.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Long lists for paging tests, written straight to the tables in batches (the services would send
 * a mail or check a seat per row): members, audit entries and computers, numbered from 1 with
 * zero-padded names so that email order is number order.
 */
public final class ListSeeds {

	private final JdbcTemplate jdbc;

	public ListSeeds(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * {@code count} Regular Members of the account ({@code <prefix>00001@<random>.seed.example}, …), active,
	 * member since {@code since} plus one second each.
	 */
	public List<String> members(UUID account, String prefix, int count, Instant since) {
		List<Object[]> users = new ArrayList<>();
		List<Object[]> members = new ArrayList<>();
		List<String> emails = new ArrayList<>();
		String domain = UUID.randomUUID().toString().substring(0, 8) + ".seed.example";
		for (int i = 1; i <= count; i++) {
			UUID id = UUID.randomUUID();
			String email = "%s%05d@%s".formatted(prefix, i, domain);
			OffsetDateTime at = utc(since.plusSeconds(i));
			emails.add(email);
			users.add(new Object[] { id, email, "not-a-hash", "Seed", "Member" + i, "en", true, at });
			members.add(new Object[] { account, id, "REGULAR_MEMBER", "ACTIVE", at, email, "Seed", "Member" + i });
		}
		this.jdbc.batchUpdate("INSERT INTO user_account (id, email, password_hash, first_name, last_name, language,"
				+ " email_verified, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", users);
		this.jdbc.batchUpdate("INSERT INTO membership (business_account_id, user_id, role, status, member_since, email,"
				+ " first_name, last_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", members);
		return emails;
	}

	/** {@code count} "member joined" entries of the account, one second apart from {@code from}. */
	public void auditEntries(UUID account, int count, Instant from) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			rows.add(new Object[] { account, utc(from.plusSeconds(i)), "SYSTEM", "seed", "Seed", "MEMBER_JOINED",
					"MEMBERSHIP", "seed-" + i, "Seed Member" + i, "{}", "{\"role\":\"REGULAR_MEMBER\"}" });
		}
		this.jdbc.batchUpdate("INSERT INTO audit_event (business_account_id, occurred_at, actor_type, actor_id,"
				+ " actor_name, action, object_type, object_id, object_label, before_json, after_json)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
	}

	/** {@code count} active computers on the key ({@code PC 00001}, …), activated one second apart from {@code from}. */
	public List<String> computers(UUID key, UUID subscription, int count, Instant from) {
		List<Object[]> rows = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String name = "PC %05d".formatted(i);
			names.add(name);
			rows.add(new Object[] { UUID.randomUUID(), key, subscription, "seed-device-" + i, name, "ACTIVE",
					utc(from.plusSeconds(i)) });
		}
		this.jdbc.batchUpdate("INSERT INTO activation (id, license_key_id, subscription_id, device_id, computer_name,"
				+ " status, activated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
		return names;
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

}
