package dev.accord.support.fuzz;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** Ordinary values for path ids, query parameters and body fields, taken from the world by their names. */
public final class SchemaValues {

	private final FuzzWorld world;

	public SchemaValues(FuzzWorld world) {
		this.world = world;
	}

	/** The operation's path with every id filled in from the world. */
	public String path(OpenApiOperations.Operation operation) {
		String path = operation.path();
		for (OpenApiOperations.Parameter parameter : operation.parameters()) {
			if (parameter.in().equals("path")) {
				path = path.replace("{" + parameter.name() + "}", pathValue(operation.path(), parameter.name(),
						new Random(0)));
			}
		}
		return path;
	}

	String pathValue(String path, String name, Random random) {
		if (random.nextInt(100) < 10) {
			return OddValues.pick(random, List.of(this.world.otherBusinessId, this.world.otherUserId, UUID.randomUUID()))
				.toString();
		}
		return switch (name) {
			case "id" -> path.startsWith("/api/v1/tokens") ? OddValues.pick(random, this.world.spareTokenIds).toString()
					: path.startsWith("/api/v1/me/sessions") ? this.world.spareSessionId.toString()
					// A passkey needs a WebAuthn ceremony, which the world cannot run: a well-formed unknown id.
					: path.startsWith("/api/v1/me/passkeys") ? "AAECAwQFBgcICQoLDA0ODw"
					: this.world.businessId.toString();
			case "kid" -> (random.nextBoolean() ? this.world.primaryKeyId : this.world.extraKeyId).toString();
			case "sid" -> this.world.subscriptionId.toString();
			case "cid" -> this.world.computerId.toString();
			case "userId" -> (random.nextBoolean() ? this.world.memberId : this.world.adminId).toString();
			case "invitationId" -> this.world.invitationId.toString();
			case "domainId" -> this.world.domainId.toString();
			case "token" -> this.world.invitationToken;
			default -> UUID.randomUUID().toString();
		};
	}

	String queryValue(String name) {
		return switch (name) {
			case "role" -> "ACCOUNT_ADMINISTRATOR";
			case "status" -> "ACTIVE";
			case "sort" -> "email";
			case "personId" -> this.world.adminId.toString();
			case "to" -> this.world.adminEmail;
			case "action" -> "MEMBER_INVITED";
			default -> "fuzz";
		};
	}

	/** A body as the schema describes it, with the world's ids and keys. */
	public String validBody(OpenApiOperations.Operation operation) {
		return Json.write(validBody(operation.bodySchema(), operation.schemas(), new Random(0)));
	}

	Map<String, Object> validBody(JsonNode schema, JsonNode schemas, Random random) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			body.put(property.getKey(), value(property.getKey(),
					OpenApiOperations.resolve(property.getValue(), schemas), random));
		}
		return body;
	}

	private Object value(String name, JsonNode schema, Random random) {
		Object known = known(name, random);
		if (known != null) {
			return known;
		}
		if (schema.has("enum")) {
			return schema.get("enum").get(random.nextInt(schema.get("enum").size())).asString();
		}
		return switch (schema.path("type").asString("string")) {
			case "integer" -> 2;
			case "number" -> 2.5;
			case "boolean" -> random.nextBoolean();
			case "array" -> List.of(value(name, schema.path("items"), random));
			case "object" -> Map.of();
			default -> switch (schema.path("format").asString("")) {
				case "date" -> LocalDate.now().plusDays(30).toString();
				case "uuid" -> UUID.randomUUID().toString();
				default -> "Fuzz " + random.nextInt(1000);
			};
		};
	}

	private Object known(String name, Random random) {
		return switch (name) {
			case "email" -> "fuzz+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
			case "emails" -> List.of("fuzz+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
			case "password" -> FuzzWorld.PASSWORD;
			case "language" -> "en";
			case "country" -> "DE";
			case "postcode" -> "10115";
			case "phone" -> "+49 30 123456";
			case "businessAccountId" -> this.world.businessId.toString();
			case "licenseKeyId" -> this.world.extraKeyId.toString();
			case "licenseKeyIds" -> List.of(this.world.extraKeyId.toString());
			case "licenseKey", "key" -> this.world.primaryKey;
			case "deviceId" -> "fuzz-device-" + random.nextInt(5);
			case "activationDate" -> LocalDate.now().toString();
			case "expiresInDays" -> 7;
			default -> null;
		};
	}

}
