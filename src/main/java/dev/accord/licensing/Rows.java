package dev.accord.licensing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.accord.shared.Timestamps;

/** The stored shapes of subscriptions, keys and activations, read by {@link LicensingStore}. */
final class Rows {

	private Rows() {
	}

	record Subscription(UUID id, UUID accountId, String name, String product, int seats, LocalDate activationDate,
			LocalDate expirationDate, boolean autoRenew) {

		static Subscription read(ResultSet rs, int n) throws SQLException {
			return new Subscription(rs.getObject("id", UUID.class), rs.getObject("business_account_id", UUID.class),
					rs.getString("name"), rs.getString("product"), rs.getInt("seats"),
					rs.getObject("activation_date", LocalDate.class), rs.getObject("expiration_date", LocalDate.class),
					rs.getBoolean("auto_renew"));
		}

	}

	record Key(UUID id, UUID subscriptionId, UUID accountId, KeyType type, String name, String value, Integer limit,
			int used, LocalDate expiresOn) {

		static Key read(ResultSet rs, int n) throws SQLException {
			int limit = rs.getInt("seat_limit");
			return new Key(rs.getObject("id", UUID.class), rs.getObject("subscription_id", UUID.class),
					rs.getObject("business_account_id", UUID.class), KeyType.valueOf(rs.getString("type")),
					rs.getString("name"), rs.getString("key_value"), rs.wasNull() ? null : limit, rs.getInt("used"),
					rs.getObject("expires_on", LocalDate.class));
		}

		boolean isExpired(LocalDate today) {
			return this.expiresOn != null && today.isAfter(this.expiresOn);
		}

		Key withUsed(int used) {
			return new Key(this.id, this.subscriptionId, this.accountId, this.type, this.name, this.value, this.limit, used,
					this.expiresOn);
		}

	}

	record Activation(UUID id, UUID keyId, UUID subscriptionId, String deviceId, String computerName,
			String serialNumber, String macAddress, String ipAddress, String status, Instant activatedAt,
			Instant lastCheckInAt, String notes) {

		static Activation read(ResultSet rs, int n) throws SQLException {
			return new Activation(rs.getObject("id", UUID.class), rs.getObject("license_key_id", UUID.class),
					rs.getObject("subscription_id", UUID.class), rs.getString("device_id"),
					rs.getString("computer_name"), rs.getString("serial_number"), rs.getString("mac_address"),
					rs.getString("ip_address"), rs.getString("status"), Timestamps.fromDb(rs, "activated_at"),
					Timestamps.fromDb(rs, "last_check_in_at"), rs.getString("notes"));
		}

		boolean isActive() {
			return "ACTIVE".equals(this.status);
		}

	}

}
