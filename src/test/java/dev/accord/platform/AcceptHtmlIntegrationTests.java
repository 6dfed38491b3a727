package dev.accord.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.fuzz.FuzzHttp;
import dev.accord.support.fuzz.FuzzRequest;
import dev.accord.support.fuzz.FuzzWorld;
import dev.accord.support.fuzz.OpenApiOperations;
import dev.accord.support.fuzz.SchemaValues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that asks for HTML from the JSON API gets 406 before anything is done: every operation
 * of the OpenAPI document, called as it should be but with {@code Accept: text/html}, leaves every
 * table as it was.
 */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=accept-operator@example.com")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AcceptHtmlIntegrationTests {

	/** Changed in the background (session access times, mail delivery): only their row counts are compared. */
	private static final List<String> BUSY = List.of("spring_session", "spring_session_attributes", "mail_outbox",
			"dev_mailbox");

	@Autowired
	private Api api;

	@Autowired
	private JdbcTemplate jdbc;

	private FuzzHttp http;

	private FuzzWorld world;

	@BeforeAll
	void world() {
		this.http = new FuzzHttp(this.api.baseUrl());
		this.world = FuzzWorld.build(this.http, "accept-operator@example.com");
	}

	@Test
	void acceptHtmlOnEveryJsonEndpointAnswers406AndChangesNothing() {
		FuzzHttp http = this.http;
		FuzzWorld world = this.world;
		SchemaValues values = new SchemaValues(world);
		List<OpenApiOperations.Operation> operations = OpenApiOperations.read(http);
		Map<String, List<String>> before = snapshot();
		List<String> wrong = new ArrayList<>();
		for (OpenApiOperations.Operation operation : operations) {
			Map<String, String> headers = new java.util.LinkedHashMap<>();
			headers.put("Accept", "text/html");
			headers.put("Authorization", "Bearer " + world.adminToken);
			if (operation.hasBody()) {
				headers.put("Content-Type", "application/json");
			}
			FuzzRequest request = FuzzRequest.of(operation.method(), values.path(operation), headers,
					operation.hasBody() ? values.validBody(operation) : null);
			FuzzHttp.Answer answer = http.send(request, false);
			if (answer.status() != 406 || !answer.contentType().startsWith("application/problem+json")
					|| !answer.body().contains("\"NOT_ACCEPTABLE\"")) {
				wrong.add(request + " → " + answer.status() + " " + answer.body());
			}
		}
		assertThat(operations).hasSizeGreaterThan(30);
		assertThat(wrong).isEmpty();
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void theSnapshotSeesWhatACallWithAcceptJsonSaves() {
		Map<String, List<String>> before = snapshot();
		Map<String, String> headers = Map.of("Accept", "application/json", "Content-Type", "application/json");
		FuzzHttp.Answer signUp = this.http.send(FuzzRequest.of("POST", "/api/v1/signup", headers,
				"{\"email\":\"accept-json@example.com\",\"password\":\"" + FuzzWorld.PASSWORD
						+ "\",\"firstName\":\"A\",\"lastName\":\"B\",\"language\":\"en\"}"), false);
		assertThat(signUp.status()).isEqualTo(201);
		assertThat(snapshot()).isNotEqualTo(before);
	}

	/** Every row of every table, as text, sorted: two snapshots are equal when nothing was saved. */
	private Map<String, List<String>> snapshot() {
		Map<String, List<String>> tables = new TreeMap<>();
		List<String> names = this.jdbc.queryForList("SELECT table_name FROM information_schema.tables "
				+ "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'", String.class);
		for (String name : names) {
			String table = name.toLowerCase(java.util.Locale.ROOT);
			if (table.equals("flyway_schema_history")) {
				continue;
			}
			if (BUSY.contains(table)) {
				tables.put(table, List.of(String.valueOf(this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table,
						Long.class))));
				continue;
			}
			tables.put(table, this.jdbc.queryForList("SELECT * FROM " + table).stream().map(Object::toString).sorted()
				.toList());
		}
		return tables;
	}

}
