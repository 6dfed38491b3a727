package dev.accord.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;

/**
 * Licensing test data made the way users make it, over the HTTP API:
 * {@code licensing.aSubscription().withSeats(10).lasting(1).provision()}, then
 * {@code subscription.aKey("Berlin").reserved(4).create()} and {@code activate(key, "pc-1")}.
 * Everything is for one business account and its administrator.
 */
final class LicensingFixtures {

	private final Api api;

	private final Clock clock;

	private final String operatorToken;

	private final UUID account;

	private final Person administrator;

	LicensingFixtures(Api api, Clock clock, String operatorToken, UUID account, Person administrator) {
		this.api = api;
		this.clock = clock;
		this.operatorToken = operatorToken;
		this.account = account;
		this.administrator = administrator;
	}

	/** A subscription of the account, to be provisioned by the operator: 5 seats for a year unless told. */
	SubscriptionBuilder aSubscription() {
		return new SubscriptionBuilder();
	}

	/** A subscription already there (provisioned or registered some other way), to add keys to. */
	TestSubscription subscription(UUID id, String primaryKey) {
		return new TestSubscription(id, primaryKey);
	}

	/** The account's base path in the API ({@code /api/v1/business-accounts/{id}}). */
	String base() {
		return "/api/v1/business-accounts/" + this.account;
	}

	/** The subscriptions as the administrator sees them. */
	List<Map<String, Object>> subscriptions() {
		return this.api.get(base() + "/subscriptions", this.administrator.token()).items();
	}

	/** The id of the key with this key string. */
	String keyId(String key) {
		return this.api.get(base() + "/license-keys", this.administrator.token()).items().stream()
			.filter((k) -> key.equals(k.get("key"))).findFirst().orElseThrow().get("id").toString();
	}

	/** The key's computers as its administrators list them. */
	List<Map<String, Object>> computers(String keyId, Person who) {
		return this.api.get(base() + "/license-keys/" + keyId + "/computers", who.token()).items();
	}

	Response activate(String key, String device) {
		return this.api.post("/api/v1/activations",
				Map.of("licenseKey", key, "deviceId", device, "computerName", "PC " + device), null);
	}

	Response checkIn(String key, String device) {
		return this.api.post("/api/v1/activations/check-in", Map.of("licenseKey", key, "deviceId", device), null);
	}

	/** What the operator sends to provision a subscription for {@code account} ({@code null}: none yet). */
	Map<String, Object> provisioning(UUID forAccount, int seats, int days) {
		return provisioning(forAccount, "Accord Desktop", seats, days);
	}

	private Map<String, Object> provisioning(UUID forAccount, String product, int seats, int days) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		Map<String, Object> body = new HashMap<>(Map.of("product", product, "seats", seats, "activationDate",
				today.toString(), "expirationDate", today.plusDays(days).toString()));
		if (forAccount != null) {
			body.put("businessAccountId", forAccount.toString());
		}
		return body;
	}

	final class SubscriptionBuilder {

		private String product = "Accord Desktop";

		private int seats = 5;

		private int days = 365;

		/** Of this product (and so, at first, of this name). */
		SubscriptionBuilder of(String productName) {
			this.product = productName;
			return this;
		}

		SubscriptionBuilder withSeats(int count) {
			this.seats = count;
			return this;
		}

		/** Expiring this many days from today. */
		SubscriptionBuilder lasting(int count) {
			this.days = count;
			return this;
		}

		TestSubscription provision() {
			Response provisioned = LicensingFixtures.this.api.post("/api/v1/operator/subscriptions",
					provisioning(LicensingFixtures.this.account, this.product, this.seats, this.days),
					LicensingFixtures.this.operatorToken).succeeded();
			return new TestSubscription(UUID.fromString((String) provisioned.map().get("subscriptionId")),
					(String) provisioned.map().get("primaryKey"));
		}

	}

	/** A provisioned subscription and its Primary Key's string. */
	final class TestSubscription {

		private final UUID id;

		private final String primaryKey;

		TestSubscription(UUID id, String primaryKey) {
			this.id = id;
			this.primaryKey = primaryKey;
		}

		UUID id() {
			return this.id;
		}

		String primaryKey() {
			return this.primaryKey;
		}

		KeyBuilder aKey(String name) {
			return new KeyBuilder(this.id, name);
		}

	}

	final class KeyBuilder {

		private final UUID subscription;

		private final String name;

		private String type = "DYNAMIC";

		private int limit = 1;

		KeyBuilder(UUID subscription, String name) {
			this.subscription = subscription;
			this.name = name;
		}

		KeyBuilder dynamic(int licenses) {
			this.type = "DYNAMIC";
			this.limit = licenses;
			return this;
		}

		KeyBuilder reserved(int licenses) {
			this.type = "RESERVED";
			this.limit = licenses;
			return this;
		}

		/** Asks for the key; the answer may be a refusal. */
		Response request() {
			return LicensingFixtures.this.api.post(
					base() + "/subscriptions/" + this.subscription + "/license-keys",
					Map.of("name", this.name, "limit", this.limit, "type", this.type),
					LicensingFixtures.this.administrator.token());
		}

		TestKey create() {
			Map<String, Object> key = request().succeeded().map();
			return new TestKey((String) key.get("id"), (String) key.get("key"));
		}

	}

	/** A created key: its id and its key string. */
	record TestKey(String id, String key) {
	}

}
