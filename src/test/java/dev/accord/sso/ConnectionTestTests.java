package dev.accord.sso;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;
import dev.accord.platform.SecretCipher;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** "Test connection" against providers that misbehave: silent, naming another issuer, without keys. */
class ConnectionTestTests {

	private static final SsoSettings SETTINGS = new SsoSettings(true, Duration.ofHours(1), Duration.ofMillis(300));

	private final ConnectionTest tester = new ConnectionTest(new SsoRegistrations(null, cipher(), SETTINGS), SETTINGS);

	private static SecretCipher cipher() {
		SecretCipher cipher = mock(SecretCipher.class);
		given(cipher.decrypt("sealed")).willReturn("secret".getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	@Test
	void aProviderThatNeverAnswersFailsWithinTheTimeLimit() throws Exception {
		try (ServerSocket silent = new ServerSocket(0)) {
			List<Socket> held = new ArrayList<>();
			Thread acceptor = new Thread(() -> {
				try {
					while (true) {
						held.add(silent.accept());
					}
				}
				catch (IOException ex) {
					// closed
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();
			String issuer = "http://127.0.0.1:" + silent.getLocalPort() + "/silent";
			TestResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> this.tester.test(connection(issuer)));
			assertThat(result).isEqualTo(TestResult.DISCOVERY_FAILED);
		}
	}

	@Test
	void aDocumentNamingAnotherIssuerIsAMismatchAndOneWithoutKeysFailsOnTheKeys() throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		String base = "http://127.0.0.1:" + server.getAddress().getPort();
		server.createContext("/other/.well-known/openid-configuration", (exchange) -> answer(exchange, discovery(base + "/elsewhere", base)));
		server.createContext("/nokeys/.well-known/openid-configuration", (exchange) -> answer(exchange, discovery(base + "/nokeys", base)));
		server.createContext("/jwks", (exchange) -> answer(exchange, "{\"keys\":[]}"));
		server.start();
		try {
			assertThat(this.tester.test(connection(base + "/other"))).isEqualTo(TestResult.ISSUER_MISMATCH);
			assertThat(this.tester.test(connection(base + "/nokeys"))).isEqualTo(TestResult.KEYS_FAILED);
			assertThat(this.tester.test(connection(base + "/missing"))).isEqualTo(TestResult.DISCOVERY_FAILED);
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void discoveryIsTheIssuerWithTheWellKnownPathAppended() {
		assertThat(SsoRegistrations.discoveryUri("https://login.example.com/realms/acme"))
			.hasToString("https://login.example.com/realms/acme/.well-known/openid-configuration");
		assertThat(SsoRegistrations.discoveryUri("https://accounts.example.com/"))
			.hasToString("https://accounts.example.com/.well-known/openid-configuration");
	}

	private static String discovery(String issuer, String base) {
		return """
				{"issuer":"%s","authorization_endpoint":"%s/authorize","token_endpoint":"%s/token",
				 "jwks_uri":"%s/jwks","response_types_supported":["code"],"subject_types_supported":["public"],
				 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer, base, base, base);
	}

	private static void answer(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static SsoConnection connection(String issuer) {
		return new SsoConnection(UUID.randomUUID(), issuer, "accord", "sealed", false, false, true, null, null, null,
				null, Instant.now());
	}

}
