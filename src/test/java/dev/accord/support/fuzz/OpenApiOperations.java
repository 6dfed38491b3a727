package dev.accord.support.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The operations of the live OpenAPI document: so a new endpoint is fuzzed without editing the fuzzer. */
public final class OpenApiOperations {

	private OpenApiOperations() {
	}

	/** One operation: method, path template, its parameters, and its JSON body schema (resolved), if any. */
	public record Operation(String method, String path, List<Parameter> parameters, JsonNode bodySchema,
			JsonNode schemas) {

		public boolean hasBody() {
			return this.bodySchema != null;
		}

	}

	public record Parameter(String name, String in, String type, String format) {
	}

	public static List<Operation> read(FuzzHttp http) {
		FuzzHttp.Answer answer = http.send(FuzzRequest.of("GET", "/v3/api-docs", Map.of("Accept", "application/json"),
				null), false);
		if (answer.status() != 200) {
			throw new IllegalStateException("no OpenAPI document: " + answer);
		}
		JsonNode document = JsonMapper.builder().build().readTree(answer.body());
		JsonNode schemas = document.path("components").path("schemas");
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				operations.add(operation(method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
						method.getValue(), schemas));
			}
		}
		operations.sort(java.util.Comparator.comparing((Operation o) -> o.path()).thenComparing(Operation::method));
		return operations;
	}

	private static Operation operation(String method, String path, JsonNode operation, JsonNode schemas) {
		List<Parameter> parameters = new ArrayList<>();
		for (JsonNode parameter : operation.path("parameters")) {
			parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
					parameter.path("schema").path("type").asString(""),
					parameter.path("schema").path("format").asString("")));
		}
		JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
		return new Operation(method, path, parameters, body.isMissingNode() ? null : resolve(body, schemas), schemas);
	}

	static JsonNode resolve(JsonNode schema, JsonNode schemas) {
		String ref = schema.path("$ref").asString("");
		return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
	}

}
