package dev.accord.support.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.accord.support.fuzz.OpenApiOperations.Operation;
import dev.accord.support.fuzz.OpenApiOperations.Parameter;

/**
 * Turns an operation of the OpenAPI document into one mutated request: odd path ids and query
 * parameters, wrong {@code Accept} and {@code Content-Type}, other methods, no, bad or revoked
 * tokens or the session, and a body from the schema with fields of the wrong type, missing or extra.
 */
final class ApiMutations {

	private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE",
			"FOO");

	private static final List<String> ACCEPTS = List.of("text/html", "*/*", "application/xml", "text/csv",
			"garbage", "application/problem+json", "application/json;q=0", "text/plain", "image/png",
			"application/json, text/html;q=0.1", "");

	private static final List<String> CONTENT_TYPES = List.of("text/plain", "*/*", "multipart/form-data; boundary=x",
			"application/x-www-form-urlencoded", "application/xml", "application/json; charset=utf-16", "garbage",
			"application/*", "text/csv");

	private final FuzzWorld world;

	private final SchemaValues values;

	ApiMutations(FuzzWorld world) {
		this.world = world;
		this.values = new SchemaValues(world);
	}

	/** The request, and whether it goes with the administrator's session cookie. */
	record Mutated(FuzzRequest request, boolean withSession) {
	}

	Mutated mutate(Operation operation, Random random) {
		Map<String, String> headers = new LinkedHashMap<>();
		boolean session = identity(random, headers);
		String method = (random.nextInt(100) < 85) ? operation.method() : OddValues.pick(random, METHODS);
		headers.put("Accept", (random.nextInt(100) < 80) ? "application/json" : OddValues.pick(random, ACCEPTS));
		if (headers.get("Accept").isEmpty()) {
			headers.remove("Accept");
		}
		String body = null;
		if (operation.hasBody() || random.nextInt(100) < 10) {
			body = body(operation, random);
			String type = (random.nextInt(100) < 85) ? "application/json" : OddValues.pick(random, CONTENT_TYPES);
			headers.put("Content-Type", type);
		}
		String path = path(operation, random) + query(operation, random);
		return new Mutated(FuzzRequest.of(method, path, headers, body), session);
	}

	private boolean identity(Random random, Map<String, String> headers) {
		int roll = random.nextInt(100);
		if (roll < 45) {
			headers.put("Authorization", "Bearer " + this.world.adminToken);
		}
		else if (roll < 60) {
			headers.put("Authorization", "Bearer " + this.world.memberToken);
		}
		else if (roll < 75) {
			if (random.nextBoolean()) {
				headers.put("X-CSRF-TOKEN", this.world.csrf);
			}
			return true;
		}
		else if (roll < 80) {
			headers.put("Authorization", "Bearer " + this.world.revokedToken);
		}
		else if (roll < 85) {
			headers.put("Authorization", OddValues.pick(random, List.of("Bearer ", "Bearer acc_" + "A".repeat(43),
					"Basic Zm9vOmJhcg==", "Bearer " + "x".repeat(5000), "Token abc", "bearer  spaced")));
		}
		return false;
	}

	private String path(Operation operation, Random random) {
		String path = operation.path();
		for (Parameter parameter : operation.parameters()) {
			if (parameter.in().equals("path")) {
				String value = (random.nextInt(100) < 75) ? this.values.pathValue(operation.path(), parameter.name(),
						random) : OddValues.pick(random, OddValues.IDS);
				path = path.replace("{" + parameter.name() + "}", encode(value));
			}
		}
		return path;
	}

	private String query(Operation operation, Random random) {
		List<String> pairs = new ArrayList<>();
		for (Parameter parameter : operation.parameters()) {
			if (parameter.in().equals("query") && random.nextInt(100) < 60) {
				pairs.add(parameter.name() + "=" + encode(queryValue(parameter, random)));
			}
		}
		if (random.nextInt(100) < 10) {
			pairs.add(OddValues.pick(random, List.of("limit", "cursor", "extra", "lang", "_csrf", "x[0]")) + "="
					+ encode(OddValues.pick(random, random.nextBoolean() ? OddValues.STRINGS : OddValues.CURSORS)));
		}
		return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
	}

	private String queryValue(Parameter parameter, Random random) {
		boolean odd = random.nextInt(100) < 60;
		return switch (parameter.name()) {
			case "limit" -> odd ? OddValues.pick(random, OddValues.LIMITS) : "10";
			case "cursor" -> OddValues.pick(random, OddValues.CURSORS);
			default -> {
				if (parameter.format().equals("date")) {
					yield odd ? OddValues.pick(random, OddValues.DATES) : "2026-01-01";
				}
				yield odd ? OddValues.pick(random, OddValues.STRINGS) : this.values.queryValue(parameter.name());
			}
		};
	}

	private String body(Operation operation, Random random) {
		if (!operation.hasBody() || random.nextInt(100) < 12) {
			return OddValues.body(random);
		}
		Map<String, Object> body = this.values.validBody(operation.bodySchema(), operation.schemas(), random);
		int mutations = 1 + random.nextInt(3);
		List<String> fields = new ArrayList<>(body.keySet());
		for (int i = 0; i < mutations; i++) {
			int roll = random.nextInt(100);
			if (roll < 15 || fields.isEmpty()) {
				body.put(OddValues.pick(random, List.of("extra", "id", "role", "__proto__", "admin")),
						OddValues.json(random));
			}
			else if (roll < 30) {
				body.remove(OddValues.pick(random, fields));
			}
			else if (roll < 40) {
				// a valid request now and then: the happy path must hold up between the odd ones
			}
			else {
				body.put(OddValues.pick(random, fields), OddValues.json(random));
			}
		}
		return Json.write(body);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
