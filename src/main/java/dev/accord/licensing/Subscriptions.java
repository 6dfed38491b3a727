package dev.accord.licensing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored subscriptions ({@code subscription}), each loaded with its keys. */
@Repository
class Subscriptions {

	private static final String SUBSCRIPTION = "SELECT id, business_account_id, name, product, seats, activation_date, "
			+ "expiration_date, auto_renew FROM subscription";

	private final JdbcClient jdbc;

	private final LicenseKeys keys;

	Subscriptions(JdbcClient jdbc, LicenseKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/** Stores a new subscription and its keys. */
	void add(Subscription subscription, Instant now) {
		this.jdbc.sql("""
				INSERT INTO subscription (id, business_account_id, name, product, seats, activation_date, expiration_date,
				                          auto_renew, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(subscription.id(), subscription.accountId(), subscription.name(), subscription.product(),
					subscription.seats(), subscription.activationDate(), subscription.expirationDate(),
					subscription.autoRenew(), Timestamps.toDb(now))
			.update();
		subscription.keys().forEach((key) -> this.keys.add(key, now));
	}

	Optional<Subscription> find(UUID id) {
		return this.jdbc.sql(SUBSCRIPTION + " WHERE id = ?").param(id).query(Row::read).optional().map(this::withKeys);
	}

	/** Locks the subscription row: every change of its seats, keys or activations holds this lock. */
	Optional<Subscription> lock(UUID id) {
		return this.jdbc.sql(SUBSCRIPTION + " WHERE id = ? FOR UPDATE")
			.param(id)
			.query(Row::read)
			.optional()
			.map(this::withKeys);
	}

	/** The account's subscriptions, soonest expiring first, with their keys: two queries in all. */
	List<Subscription> ofAccount(UUID accountId) {
		return ofAccount(accountId, this.keys.ofAccount(accountId));
	}

	/** The account's subscriptions with these keys of the account ({@link LicenseKeys#ofAccount}): one query. */
	List<Subscription> ofAccount(UUID accountId, List<LicenseKey> accountKeys) {
		Map<UUID, List<LicenseKey>> keys = accountKeys.stream().collect(Collectors.groupingBy(LicenseKey::subscriptionId));
		return this.jdbc.sql(SUBSCRIPTION + " WHERE business_account_id = ? ORDER BY expiration_date, id")
			.param(accountId)
			.query(Row::read)
			.list()
			.stream()
			.map((row) -> row.with(keys.getOrDefault(row.id(), List.of())))
			.toList();
	}

	/** Locks the subscription row without reading its keys (to free a seat, which needs no decision). */
	void lockRow(UUID id) {
		this.jdbc.sql("SELECT id FROM subscription WHERE id = ? FOR UPDATE").param(id).query(UUID.class).optional();
	}

	/** Writes the subscription's settings (name, auto-renew). */
	void update(Subscription subscription) {
		this.jdbc.sql("UPDATE subscription SET name = ?, auto_renew = ? WHERE id = ?")
			.params(subscription.name(), subscription.autoRenew(), subscription.id())
			.update();
	}

	/** Writes the business account of the subscription and of its keys. */
	void register(Subscription subscription) {
		this.jdbc.sql("UPDATE subscription SET business_account_id = ? WHERE id = ?")
			.params(subscription.accountId(), subscription.id())
			.update();
		this.jdbc.sql("UPDATE license_key SET business_account_id = ? WHERE subscription_id = ?")
			.params(subscription.accountId(), subscription.id())
			.update();
	}

	private Subscription withKeys(Row row) {
		return row.with(this.keys.ofSubscription(row.id()));
	}

	private record Row(UUID id, UUID accountId, String name, String product, int seats, LocalDate activationDate,
			LocalDate expirationDate, boolean autoRenew) {

		static Row read(ResultSet rs, int n) throws SQLException {
			return new Row(rs.getObject("id", UUID.class), rs.getObject("business_account_id", UUID.class),
					rs.getString("name"), rs.getString("product"), rs.getInt("seats"),
					rs.getObject("activation_date", LocalDate.class), rs.getObject("expiration_date", LocalDate.class),
					rs.getBoolean("auto_renew"));
		}

		Subscription with(List<LicenseKey> keys) {
			return new Subscription(this.id, this.accountId, this.name, this.product, this.seats, this.activationDate,
					this.expirationDate, this.autoRenew, keys);
		}

	}

}
