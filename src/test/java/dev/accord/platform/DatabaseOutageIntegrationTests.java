package dev.accord.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.TestDatabase;
import dev.accord.support.TestSupportConfiguration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The application against a PostgreSQL server of its own, which the tests stop and start again on
 * the same port and data: while it is down every request is answered 503 quickly (liveness stays
 * 200), and once it is back everything works without restarting the application. Runs in the
 * PostgreSQL pass only; the shared test database is not touched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.hikari.connection-timeout=1000")
@Import(TestSupportConfiguration.class)
@DirtiesContext
class DatabaseOutageIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static Path dataDirectory;

	private static int port;

	private static EmbeddedPostgres postgres;

	private static boolean running;

	@Autowired
	Api api;

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@BeforeAll
	static void onlyOnPostgres() {
		assumeTrue(TestDatabase.isPostgres(), "stops and starts a real PostgreSQL: runs in the PostgreSQL pass");
	}

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> startDatabase().getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
	}

	@AfterAll
	static void removeDatabase() throws IOException {
		if (postgres != null) {
			stopDatabase();
			FileSystemUtils.deleteRecursively(dataDirectory);
		}
	}

	@Test
	void whileTheDatabaseIsDownTheApiPagesAndReadinessAnswer503AndLivenessStays200() throws Exception {
		Person ana = this.api.signUp("ana");
		signIn(ana);
		stopDatabase();
		try {
			HttpResponse<String> me = send(apiCall("/api/v1/me").header("Authorization", "Bearer " + ana.token()));
			assertThat(me.statusCode()).isEqualTo(503);
			assertThat(me.headers().firstValue("Content-Type")).hasValueSatisfying(
					(type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(me.body()).contains("\"code\":\"SERVICE_UNAVAILABLE\"");
			assertThat(me.headers().firstValue("Retry-After")).hasValue("5");
			HttpResponse<String> token = send(apiCall("/api/v1/tokens").header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"email\":\"" + ana.email() + "\",\"password\":\"" + Api.PASSWORD + "\",\"name\":\"t\"}")));
			assertThat(token.statusCode()).as("a password check without a database is no wrong password").isEqualTo(503);
			assertThat(token.body()).contains("\"code\":\"SERVICE_UNAVAILABLE\"");

			HttpResponse<String> dashboard = send(page("/dashboard"));
			assertThat(dashboard.statusCode()).isEqualTo(503);
			assertThat(dashboard.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(dashboard.body()).contains("The service is temporarily unavailable.");
			HttpResponse<String> join = send(page("/join/some-invitation").header("Accept-Language", "de-DE,de"));
			assertThat(join.statusCode()).isEqualTo(503);
			assertThat(join.body()).contains("Vorübergehend nicht verfügbar").contains("lang=\"de\"");

			HttpResponse<String> health = probe("/actuator/health");
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("\"status\":\"DOWN\"");
			HttpResponse<String> readiness = probe("/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
			assertThat(probe("/actuator/health/liveness").statusCode()).isEqualTo(200);
		}
		finally {
			startDatabase();
		}
	}

	@Test
	void onceTheDatabaseIsBackSignInAndTheApiWorkAgainWithoutARestart() throws Exception {
		Person ana = this.api.signUp("ana");
		signIn(ana);
		stopDatabase();
		assertThat(send(apiCall("/api/v1/me").header("Authorization", "Bearer " + ana.token())).statusCode())
			.isEqualTo(503);
		startDatabase();

		long back = System.nanoTime();
		while (send(apiCall("/api/v1/me").header("Authorization", "Bearer " + ana.token())).statusCode() != 200) {
			assertThat(Duration.ofNanos(System.nanoTime() - back)).as("time to serve again").isLessThan(Duration.ofSeconds(10));
			Thread.sleep(200);
		}
		assertThat(this.api.post("/api/v1/tokens", Map.of("email", ana.email(), "password", Api.PASSWORD, "name", "t"),
				null).status()).isEqualTo(201);
		assertThat(send(page("/dashboard")).statusCode()).as("the session kept in the database").isEqualTo(200);
		assertThat(this.api.signUp("bea").token()).isNotBlank();
		assertThat(probe("/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(probe("/actuator/health").statusCode()).isEqualTo(200);
	}

	private void signIn(Person person) throws Exception {
		Matcher csrf = CSRF.matcher(send(page("/signin")).body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> signedIn = send(page("/signin").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1) + "&email="
					+ java.net.URLEncoder.encode(person.email(), java.nio.charset.StandardCharsets.UTF_8) + "&password="
					+ Api.PASSWORD)));
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/dashboard"));
		assertThat(send(page("/dashboard")).statusCode()).isEqualTo(200);
	}

	private HttpRequest.Builder page(String path) {
		return HttpRequest.newBuilder(URI.create(this.api.baseUrl() + path)).header("Accept", "text/html");
	}

	private HttpRequest.Builder apiCall(String path) {
		return HttpRequest.newBuilder(URI.create(this.api.baseUrl() + path)).header("Accept", "application/json");
	}

	/** As an orchestrator asks: without the browser's session cookie. */
	private HttpResponse<String> probe(String path) throws Exception {
		return send(HttpClient.newHttpClient(), apiCall(path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return send(this.browser, request);
	}

	/** Sends, and checks that the answer came fast: a little over one connection attempt, never a hang. */
	private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
		return response;
	}

	private static synchronized EmbeddedPostgres startDatabase() {
		if (running) {
			return postgres;
		}
		try {
			if (dataDirectory == null) {
				dataDirectory = Files.createTempDirectory("accord-outage-pg");
				try (ServerSocket socket = new ServerSocket(0)) {
					port = socket.getLocalPort();
				}
			}
			postgres = EmbeddedPostgres.builder()
				.setPort(port)
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.start();
			running = true;
			return postgres;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the test's own PostgreSQL", ex);
		}
	}

	private static synchronized void stopDatabase() throws IOException {
		postgres.close();
		running = false;
	}

}
