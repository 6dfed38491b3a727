package dev.accord.platform;

import java.util.List;
import java.util.Map;

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
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests the server cannot serve get a 4xx with a stable code, never a 5xx or a foreign error page. */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@licensing.example")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestEdgesIntegrationTests {

	private static final Map<String, String> JSON = Map.of("Accept", "application/json", "Content-Type",
			"application/json");

	@Autowired
	private Api api;

	private FuzzHttp http;

	private FuzzWorld world;

	@BeforeAll
	void world() {
		this.http = new FuzzHttp(this.api.baseUrl());
		this.world = FuzzWorld.build(this.http, "operator@licensing.example");
	}

	@Test
	void signUpAskingForHtmlAnswers406AndCreatesNoAccount() {
		String body = "{\"email\":\"html@example.com\",\"password\":\"" + FuzzWorld.PASSWORD
				+ "\",\"firstName\":\"H\",\"lastName\":\"T\"}";
		FuzzHttp.Answer refused = send("POST", "/api/v1/signup",
				Map.of("Accept", "text/html", "Content-Type", "application/json"), body);
		assertProblem(refused, 406, "NOT_ACCEPTABLE");
		assertThat(send("POST", "/api/v1/signup", JSON, body).status()).isEqualTo(201);
	}

	@Test
	void multipartWildcardAndTextBodiesOnJsonEndpointsAre415() {
		for (String type : List.of("multipart/form-data; boundary=x", "*/*", "text/plain", "application/*")) {
			FuzzHttp.Answer answer = send("POST", "/api/v1/business-accounts",
					Map.of("Accept", "application/json", "Content-Type", type, "Authorization",
							"Bearer " + this.world.adminToken), "--x--");
			assertProblem(answer, 415, "UNSUPPORTED_MEDIA_TYPE");
		}
	}

	@Test
	void aBlankOrMalformedPathIdIs404() {
		for (String id : List.of("%20", "abc", "-1", "99999999999999999999")) {
			assertProblem(asAdmin("GET", "/api/v1/business-accounts/" + id, null), 404, "NOT_FOUND");
		}
	}

	@Test
	void aMalformedCursorIs400OnEveryPagedEndpoint() {
		SchemaValues values = new SchemaValues(this.world);
		List<OpenApiOperations.Operation> paged = OpenApiOperations.read(this.http).stream()
			.filter((o) -> o.parameters().stream().anyMatch((p) -> p.name().equals("cursor")))
			.toList();
		assertThat(paged).hasSizeGreaterThanOrEqualTo(4);
		for (OpenApiOperations.Operation operation : paged) {
			for (String cursor : List.of("garbage", "bm90LWEtY3Vyc29y", "%21%21", "x".repeat(500))) {
				assertProblem(asAdmin("GET", values.path(operation) + "?cursor=" + cursor, null), 400, "INVALID_CURSOR");
			}
		}
	}

	@Test
	void aBlankStatusFilterOnComputersIsNoFilter() {
		String computers = "/api/v1/business-accounts/" + this.world.businessId + "/license-keys/"
				+ this.world.primaryKeyId + "/computers";
		assertThat(asAdmin("GET", computers + "?status=%20", null).status()).isEqualTo(200);
		assertThat(asAdmin("GET", computers + "?status=&status=ACTIVE", null).status()).isEqualTo(200);
	}

	@Test
	void firewallRefusalsAndUnknownMethodsAnswerProblemsUnderTheApi() {
		for (String path : List.of("/api/v1//me", "/api/v1/%2e/me", "/api/v1/me;x=1", "/api/v1/a%2Fb", "/api/v1/%00")) {
			assertProblem(asAdmin("GET", path, null), 400, "MALFORMED_REQUEST");
		}
		assertProblem(asAdmin("TRACE", "/api/v1/me", null), 405, "METHOD_NOT_ALLOWED");
		assertProblem(asAdmin("FOO", "/api/v1/me", null), 405, "METHOD_NOT_ALLOWED");
	}

	@Test
	void firewallRefusalsOnPagesShowTheErrorPage() {
		FuzzHttp.Answer answer = send("GET", "/business//profile", Map.of("Accept-Language", "de"), null);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("text/html");
		assertThat(answer.body()).contains("Die Anfrage ist fehlerhaft formatiert.");
	}

	@Test
	void queryParametersThatAreNotUtf8Are400OnPagesAndTheApi() {
		// %ff is no UTF-8: Tomcat refuses to decode the parameter when the page first reads one.
		FuzzHttp.Answer page = send("GET", "/signin?lang=%ff", Map.of("Accept-Language", "de"), null);
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("Die Anfrage ist fehlerhaft formatiert.");
		FuzzHttp.Answer list = this.http.send(FuzzRequest.of("GET",
				"/business/" + this.world.businessId + "/users?q=%ff%00&cursor=%c3", Map.of(), null), true);
		assertThat(list.status()).isEqualTo(400);
		assertThat(list.contentType()).startsWith("text/html");
		assertProblem(send("GET", "/api/v1/business-accounts/" + this.world.businessId + "/members?q=%ff",
				Map.of("Authorization", "Bearer " + this.world.adminToken), null), 400, "MALFORMED_REQUEST");
	}

	@Test
	void fractionsAndPastDatesAre422WithTheFieldNamed() {
		String keys = "/api/v1/business-accounts/" + this.world.businessId + "/subscriptions/"
				+ this.world.subscriptionId + "/license-keys";
		assertField(asAdmin("POST", keys, "{\"name\":\"k\",\"limit\":1.5,\"type\":\"DYNAMIC\"}"), "limit");
		assertField(asAdmin("POST", keys, "{\"name\":\"k\",\"limit\":1,\"type\":\"DYNAMIC\",\"expiresAt\":\"2001-01-01\"}"),
				"expiresAt");
		assertField(asAdmin("POST", "/api/v1/business-accounts/" + this.world.businessId + "/invitations",
				"{\"language\":\"en\",\"emails\":[\"x@example.com\"],\"expiresInDays\":2.5}"), "expiresInDays");
		assertField(asAdmin("POST", keys, "{\"name\":\"k\",\"limit\":\"many\",\"type\":\"DYNAMIC\"}"), "limit");
		// a blank string reads as no id: a list holding it is refused, not a NullPointerException
		assertField(asAdmin("POST", "/api/v1/business-accounts/" + this.world.businessId + "/invitations",
				"{\"language\":\"en\",\"emails\":[\"x@example.com\"],\"licenseKeyIds\":[\"\\t\"]}"), "licenseKeyIds[0]");
	}

	@Test
	void wrongJsonTypesNullBodiesAndHugeNumbersAreRefusedWith4xx() {
		String keys = "/api/v1/business-accounts/" + this.world.businessId + "/subscriptions/"
				+ this.world.subscriptionId + "/license-keys";
		for (String body : List.of("null", "[]", "\"k\"", "{\"name\":[],\"limit\":{},\"type\":true}",
				"{\"name\":\"k\",\"limit\":99999999999999999999,\"type\":\"DYNAMIC\"}", "{\"limit\":1e999}")) {
			FuzzHttp.Answer answer = asAdmin("POST", keys, body);
			assertThat(answer.status()).as(body).isIn(400, 422);
			assertThat(answer.contentType()).startsWith("application/problem+json");
		}
	}

	@Test
	void formBodiesOverTheSizeLimitAre413() {
		String huge = "notes=" + "x".repeat(3 * 1024 * 1024);
		FuzzHttp.Answer page = send("POST", "/signup", Map.of("Content-Type", "application/x-www-form-urlencoded"), huge);
		assertThat(page.status()).isEqualTo(413);
		assertProblem(send("POST", "/api/v1/signup", Map.of("Content-Type", "application/x-www-form-urlencoded"), huge),
				413, "TOO_LARGE");
	}

	@Test
	void formBodiesThatCannotBeDecodedOnPatchPutAndDeleteAre4xx() {
		Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
		for (String method : new String[] { "PATCH", "PUT", "DELETE" }) {
			for (String path : new String[] { "/api/v1/business-accounts/" + this.world.businessId + "/computers",
					"/business/" + this.world.businessId + "/computers" }) {
				FuzzHttp.Answer answer = send(method, path, form, "name=%zz&x=%");
				assertThat(answer.status()).as(method + " " + path).isBetween(400, 499);
			}
		}
	}

	@Test
	void aCsvFileOverTheLimitIsAFieldErrorInTheInviteDialog() {
		String boundary = "edges";
		String body = part(boundary, "_csrf", this.world.csrf) + part(boundary, "language", "en")
				+ part(boundary, "expiresInDays", "7") + part(boundary, "action", "upload") + "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\nContent-Type: text/csv\r\n\r\n"
				+ "someone@example.com\n".repeat(80_000) + "\r\n--" + boundary + "--\r\n";
		FuzzHttp.Answer answer = this.http.send(FuzzRequest.of("POST",
				"/business/" + this.world.businessId + "/users/invite",
				Map.of("Content-Type", "multipart/form-data; boundary=" + boundary, "HX-Request", "true"), body), true);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("The file is too large. Choose a file of at most 1 MB.");
	}

	private static String part(String boundary, String name, String value) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

	private void assertField(FuzzHttp.Answer answer, String field) {
		assertProblem(answer, 422, "VALIDATION_FAILED");
		assertThat(answer.body()).contains("\"" + field + "\"");
	}

	private static void assertProblem(FuzzHttp.Answer answer, int status, String code) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body()).contains("\"code\":\"" + code + "\"");
	}

	private FuzzHttp.Answer asAdmin(String method, String path, String body) {
		Map<String, String> headers = new java.util.LinkedHashMap<>(JSON);
		headers.put("Authorization", "Bearer " + this.world.adminToken);
		return send(method, path, headers, body);
	}

	private FuzzHttp.Answer send(String method, String path, Map<String, String> headers, String body) {
		return this.http.send(FuzzRequest.of(method, path, headers, body), false);
	}

}
