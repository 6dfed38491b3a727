package dev.accord.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.account.AccountService;
import dev.accord.account.SignUp;
import dev.accord.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON client for the running application's HTTP API, over real HTTP. */
public class Api {

	public static final String PASSWORD = "correct-horse-battery";

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private Environment environment;

	@Autowired
	private AccountService accounts;

	public static String uniqueEmail(String name) {
		return name + "+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	public String baseUrl() {
		return "http://localhost:" + this.environment.getProperty("local.server.port");
	}

	public Response get(String path, String token) {
		return send("GET", path, null, token);
	}

	public Response post(String path, Object body, String token) {
		return send("POST", path, body, token);
	}

	public Response patch(String path, Object body, String token) {
		return send("PATCH", path, body, token);
	}

	public Response delete(String path, String token) {
		return send("DELETE", path, null, token);
	}

	public Response send(String method, String path, Object body, String token) {
		try {
			// A client asks for what it wants: an export is CSV (the API answers 406 to a JSON-only Accept).
			String accept = path.contains(".csv") ? "text/csv" : "application/json";
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
				.header("Accept", accept + ", application/problem+json");
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			if (body != null) {
				String text = (body instanceof String s) ? s : this.json.writeValueAsString(body);
				request.header("Content-Type", "application/json");
				request.method(method, HttpRequest.BodyPublishers.ofString(text));
			}
			else {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""), this.json);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Signs a new person up and returns a personal access token acting for them. */
	public Person signUp(String name) {
		return signUp(name, name);
	}

	/**
	 * Signs a person up with this first name, and an email made from {@code emailName}. The account
	 * is verified, as if its link had been followed, and no verification mail is sent, so that tests
	 * count only the mails they cause ({@code POST /api/v1/signup}, which sends one, is tested on its own).
	 */
	public Person signUp(String emailName, String name) {
		String email = uniqueEmail(emailName);
		UUID id = verifiedAccount(email, name, "Tester");
		Response token = post("/api/v1/tokens", Map.of("email", email, "password", PASSWORD, "name", "test"), null);
		return new Person(id, email, (String) token.map().get("token"));
	}

	/** Signs up an unverified person through {@code POST /api/v1/signup} (a verification link is mailed). */
	public Person signUpUnverified(String name) {
		String email = uniqueEmail(name);
		post("/api/v1/signup", Map.of("email", email, "password", PASSWORD, "firstName", name, "lastName", "Tester",
				"language", "en"), null).succeeded();
		Response token = post("/api/v1/tokens", Map.of("email", email, "password", PASSWORD, "name", "test"), null);
		return new Person(UUID.fromString((String) get("/api/v1/me", (String) token.map().get("token")).map().get("id")),
				email, (String) token.map().get("token"));
	}

	/** A new verified account with the test password, made without a mail; returns its id. */
	public UUID verifiedAccount(String email, String firstName, String lastName) {
		return verifiedAccount(email, firstName, lastName, Language.EN);
	}

	/** A new verified account in this language with the test password, made without a mail; returns its id. */
	public UUID verifiedAccount(String email, String firstName, String lastName, Language language) {
		return this.accounts.signUp(new SignUp(email, PASSWORD, firstName, lastName, language, true)).id();
	}

	/** Creates a business account for the person and returns its id. */
	public UUID createBusiness(Person owner, String companyName) {
		Response created = post("/api/v1/business-accounts",
				Map.of("companyName", companyName, "country", "DE", "postcode", "10115", "phone", "+49 30 123456"),
				owner.token());
		if (created.status() != 201) {
			throw new IllegalStateException("business creation failed: " + created.body());
		}
		return UUID.fromString((String) created.map().get("id"));
	}

	/** Waits for the newest message to this address in the development mailbox (mailbox mode). */
	public Map<String, Object> awaitMail(String to, int count) {
		long deadline = System.currentTimeMillis() + 10_000;
		while (true) {
			List<Map<String, Object>> items = get("/api/v1/dev/mailbox?to=" + java.net.URLEncoder.encode(to,
					java.nio.charset.StandardCharsets.UTF_8), null).items();
			if (items.size() >= count) {
				return items.get(0);
			}
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("no mail number " + count + " for " + to + " arrived");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** The token of the link to {@code path} (such as {@code /verify-email?token=}) in a message's text. */
	public static String linkToken(Map<String, Object> mail, String path) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(path) + "([A-Za-z0-9_-]+)")
			.matcher((String) mail.get("text"));
		if (!m.find()) {
			throw new AssertionError("no link to " + path + " in: " + mail.get("text"));
		}
		return m.group(1);
	}

	/** The token of the join link in a message's text. */
	public static String joinToken(Map<String, Object> mail) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("/join/([A-Za-z0-9_-]+)").matcher((String) mail.get("text"));
		if (!m.find()) {
			throw new AssertionError("no join link in: " + mail.get("text"));
		}
		return m.group(1);
	}

	/** A token of the operator with this email (listed in {@code accord.operators}), signed up on first use. */
	public String operatorToken(String email) {
		Map<String, Object> credentials = Map.of("email", email, "password", PASSWORD, "name", "operator");
		Response token = post("/api/v1/tokens", credentials, null);
		if (token.status() != 201) {
			verifiedAccount(email, "Op", "Erator");
			token = post("/api/v1/tokens", credentials, null);
		}
		return (String) token.map().get("token");
	}

	/** Invites the addresses in English and returns the result list. */
	public Response invite(Person admin, UUID businessId, String... emails) {
		return post("/api/v1/business-accounts/" + businessId + "/invitations",
				Map.of("language", "en", "emails", List.of(emails)), admin.token());
	}

	/** Invites a new person, lets them join with a new account and returns them with a token. */
	public Person inviteAndJoin(Person admin, UUID businessId, String name) {
		String email = uniqueEmail(name);
		invite(admin, businessId, email);
		String token = joinToken(awaitMail(email, 1));
		Response accepted = post("/api/v1/invitations/" + token + "/accept",
				Map.of("password", PASSWORD, "firstName", name, "lastName", "Member"), null);
		if (accepted.status() != 200) {
			throw new IllegalStateException("join failed: " + accepted);
		}
		Response apiToken = post("/api/v1/tokens", Map.of("email", email, "password", PASSWORD, "name", "t"), null);
		return new Person(UUID.fromString((String) accepted.map().get("userId")), email,
				(String) apiToken.map().get("token"));
	}

	public record Person(UUID id, String email, String token) {
	}

	public record Response(int status, String body, String contentType, JsonMapper json) {

		@SuppressWarnings("unchecked")
		public Map<String, Object> map() {
			return (this.body == null || this.body.isBlank()) ? new LinkedHashMap<>() : this.json.readValue(this.body, Map.class);
		}

		public String code() {
			return (String) map().get("code");
		}

		/** Asserts that a step the test builds on succeeded (a 2xx answer), and returns the answer. */
		public Response succeeded() {
			if (this.status < 200 || this.status >= 300) {
				throw new AssertionError("expected a 2xx answer but got " + this);
			}
			return this;
		}

		@SuppressWarnings("unchecked")
		public Map<String, String> errors() {
			return (Map<String, String>) map().getOrDefault("errors", Map.of());
		}

		@SuppressWarnings("unchecked")
		public List<Map<String, Object>> items() {
			return (List<Map<String, Object>>) map().get("items");
		}

		@Override
		public String toString() {
			return this.status + " " + this.body;
		}

	}

}
