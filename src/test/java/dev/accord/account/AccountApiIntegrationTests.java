package dev.accord.account;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@AccordIntegrationTest
class AccountApiIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signUpCreatesAnAccountWithTheTrimmedLowerCasedEmail() {
		String email = Api.uniqueEmail("Mixed.Case");
		Response response = this.api.post("/api/v1/signup", Map.of("email", "  " + email.toUpperCase() + " ", "password",
				Api.PASSWORD, "firstName", "Ana", "lastName", "Silva", "language", "pt-BR"), null);

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.map()).containsEntry("email", email.toLowerCase()).containsKey("id");
	}

	@Test
	void signUpWithAnEmailTakenInAnotherLetterCaseAnswers409EmailTaken() {
		Person ana = this.api.signUp("ana");

		Response response = this.api.post("/api/v1/signup", Map.of("email", ana.email().toUpperCase(), "password",
				Api.PASSWORD, "firstName", "Other", "lastName", "Person", "language", "en"), null);

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.code()).isEqualTo("EMAIL_TAKEN");
	}

	@Test
	void malformedAndOverlongFieldsAnswer422WithAnErrorPerFieldAndCreateNothing() {
		String email = Api.uniqueEmail("x".repeat(300));
		Response response = this.api.post("/api/v1/signup", Map.of("email", email, "password", "short", "firstName",
				"y".repeat(101), "lastName", "", "language", "xx"), null);

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
		assertThat(response.errors()).containsKeys("email", "password", "firstName", "lastName", "language");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM user_account WHERE email = ?")
			.param(email.toLowerCase())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void malformedJsonAnswers400() {
		Response response = this.api.post("/api/v1/signup", "{not json", null);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.code()).isEqualTo("MALFORMED_REQUEST");
	}

	@Test
	void aTokenActsForItsOwnerUntilRevoked() {
		Person ana = this.api.signUp("ana");

		Response me = this.api.get("/api/v1/me", ana.token());
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.map()).containsEntry("email", ana.email()).containsEntry("firstName", "ana");

		Response second = this.api.post("/api/v1/tokens",
				Map.of("email", ana.email(), "password", Api.PASSWORD, "name", "second"), null);
		assertThat(second.status()).isEqualTo(201);
		String id = (String) second.map().get("id");
		String token = (String) second.map().get("token");
		assertThat(this.api.delete("/api/v1/tokens/" + id, ana.token()).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/me", token).status()).isEqualTo(401);
	}

	@Test
	void someoneElsesTokenCannotBeRevoked() {
		Person ana = this.api.signUp("ana");
		Person bob = this.api.signUp("bob");
		String id = (String) this.api
			.post("/api/v1/tokens", Map.of("email", bob.email(), "password", Api.PASSWORD, "name", "bobs"), null)
			.map()
			.get("id");

		assertThat(this.api.delete("/api/v1/tokens/" + id, ana.token()).status()).isEqualTo(404);
		assertThat(this.api.delete("/api/v1/tokens/not-a-uuid", ana.token()).status()).isEqualTo(404);
	}

	@Test
	void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
		Person ana = this.api.signUp("ana");

		Response wrongPassword = this.api.post("/api/v1/tokens",
				Map.of("email", ana.email(), "password", "not-the-password", "name", "t"), null);
		Response unknownEmail = this.api.post("/api/v1/tokens",
				Map.of("email", Api.uniqueEmail("nobody"), "password", "not-the-password", "name", "t"), null);

		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(unknownEmail.status()).isEqualTo(401);
		assertThat(unknownEmail.map()).isEqualTo(wrongPassword.map());
	}

	@Test
	void anUnknownEmailTakesAboutAsLongAsAWrongPassword() {
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			people.add(this.api.signUp("timing"));
		}
		Iterator<Person> known = people.iterator();
		List<Long> wrongTimes = new ArrayList<>();
		List<Long> unknownTimes = new ArrayList<>();

		// Alternated, so that whatever else the machine does (mail of the sign-ups, other tests) slows
		// both alike; a fresh email each time keeps the sign-in throttle (5 free failures) out of it.
		for (int i = 0; i < 7; i++) {
			wrongTimes.add(nanos(() -> this.api.post("/api/v1/tokens",
					Map.of("email", known.next().email(), "password", "not-the-password", "name", "t"), null)));
			unknownTimes.add(nanos(() -> this.api.post("/api/v1/tokens",
					Map.of("email", Api.uniqueEmail("nobody"), "password", "not-the-password", "name", "t"), null)));
		}
		long wrongTime = median(wrongTimes);
		long unknownTime = median(unknownTimes);

		// Both hash a password (Argon2id dominates); without the dummy hash an unknown email is many times faster.
		assertThat(unknownTime).isGreaterThan(wrongTime / 3);
		assertThat(wrongTime).isGreaterThan(unknownTime / 3);
	}

	@Test
	void pastFiveWrongPasswordsForAnEmailFromOneAddressEvenTheRightOneWaitsWith429() {
		Person ana = this.api.signUp("ana");
		Map<String, String> wrong = Map.of("email", ana.email(), "password", "not-the-password", "name", "t");
		for (int i = 0; i < 5; i++) {
			assertThat(this.api.post("/api/v1/tokens", wrong, null).status()).isEqualTo(401);
		}

		Response throttled = this.api.post("/api/v1/tokens",
				Map.of("email", ana.email(), "password", Api.PASSWORD, "name", "t"), null);

		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.code()).isEqualTo("RATE_LIMITED");
	}

	@Test
	void theApiWithoutCredentialsAnswers401ProblemJson() {
		Response response = this.api.get("/api/v1/me", null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.code()).isEqualTo("UNAUTHORIZED");
		assertThat(this.api.get("/api/v1/me", "acc_forged").status()).isEqualTo(401);
	}

	@Test
	void theOpenApiDocumentIsServed() {
		Response response = this.api.get("/v3/api-docs", null);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("/api/v1/signup", "/api/v1/business-accounts/{id}");
	}

	private static long nanos(Runnable call) {
		long start = System.nanoTime();
		call.run();
		return System.nanoTime() - start;
	}

	private static long median(List<Long> times) {
		List<Long> sorted = new ArrayList<>(times);
		sorted.sort(Long::compare);
		return sorted.get(sorted.size() / 2);
	}

}
