package dev.accord.account;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import dev.accord.support.Race;
import dev.accord.support.fuzz.FuzzHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static dev.accord.account.SignedInBrowser.FIREFOX_ON_WINDOWS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Delete my account" over the API and the page: what is checked first, what is refused, what goes,
 * what stays (audit names), and that the address is free again afterwards.
 */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@deletion.example")
@Import(AccountDeletionIntegrationTests.CodeForSome.class)
class AccountDeletionIntegrationTests {

	/** The people for whom the test's second step applies; its right code is {@link #RIGHT_CODE}. */
	static final Set<UUID> WITH_CODE = ConcurrentHashMap.newKeySet();

	static final String RIGHT_CODE = "246810";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWrongPasswordIsRefusedAndNothingIsLost() {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "Acme Wrong Password");
		this.api.inviteAndJoin(ana, acme, "ben");

		Response refused = deleteAccount(ana, "not-the-password", null);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
		assertThat(refused.errors()).containsKey("password");
		assertThat(this.api.get("/api/v1/me", ana.token()).status()).isEqualTo(200);
		assertThat(count("SELECT COUNT(*) FROM membership WHERE user_id = ?", ana.id())).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM user_account WHERE id = ?", ana.id())).isEqualTo(1);
		assertThat(deleteAccount(ana, "", null).status()).isEqualTo(422);
	}

	@Test
	void theLastAccountAdministratorIsRefusedWithTheCompanyNamed() {
		Person ana = this.api.signUp("ana");
		UUID solo = this.api.createBusiness(ana, "Solo Last Admin GmbH");
		this.api.inviteAndJoin(ana, solo, "ben");

		Response refused = deleteAccount(ana, Api.PASSWORD, null);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("LAST_ADMINISTRATOR");
		assertThat((String) refused.map().get("detail")).contains("Solo Last Admin GmbH");
		assertThat(this.api.get("/api/v1/me", ana.token()).status()).isEqualTo(200);
		assertThat(count("SELECT COUNT(*) FROM membership WHERE user_id = ?", ana.id())).isEqualTo(1);

		SignedInBrowser browser = SignedInBrowser.signIn(this.api.baseUrl(), FIREFOX_ON_WINDOWS, ana.email(), Api.PASSWORD);
		FuzzHttp.Answer page = browser.post("/account/leaving", "password=" + Api.PASSWORD);
		assertThat(page.status()).isEqualTo(200);
		assertThat(Jsoup.parse(page.body()).select("#leaving-refused").text()).contains("Solo Last Admin GmbH")
			.contains("last Account Administrator");
		assertThat(browser.signedIn()).isTrue();
	}

	@Test
	void twoLastAdministratorsDeletingAtTheSameMomentLeaveOne() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "Acme Race");
		Person ben = this.api.inviteAndJoin(ana, acme, "ben");
		this.api.patch("/api/v1/business-accounts/" + acme + "/members/" + ben.id(),
				Map.of("role", "ACCOUNT_ADMINISTRATOR"), ana.token()).succeeded();

		List<Integer> statuses = Race.of(() -> deleteAccount(ana, Api.PASSWORD, null).status(),
				() -> deleteAccount(ben, Api.PASSWORD, null).status());

		assertThat(statuses).containsExactlyInAnyOrder(204, 409);
		assertThat(count("""
				SELECT COUNT(*) FROM membership WHERE business_account_id = ? AND role = 'ACCOUNT_ADMINISTRATOR'
				AND status = 'ACTIVE'""", acme)).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM user_account WHERE id IN (?, ?)", ana.id(), ben.id())).isEqualTo(1);
	}

	@Test
	void everythingOfThePersonGoesAndAuditEntriesKeepTheirName() {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "Acme Everything");
		Person ben = this.api.inviteAndJoin(ana, acme, "ben");
		UUID other = this.api.createBusiness(ben, "Other Everything");
		// Ana: administrator of Acme with Ben; a License Administrator in Other; invited to a third account.
		this.api.patch("/api/v1/business-accounts/" + acme + "/members/" + ben.id(),
				Map.of("role", "ACCOUNT_ADMINISTRATOR"), ana.token()).succeeded();
		joinWithExistingAccount(ben, other, ana);
		UUID keyId = licenseAdministrator(ben, other, ana);
		Person cleo = this.api.signUp("cleo");
		UUID third = this.api.createBusiness(cleo, "Third Everything");
		this.api.invite(cleo, third, ana.email()).succeeded();
		this.api.invite(ana, acme, Api.uniqueEmail("dora")).succeeded();
		SignedInBrowser browser = SignedInBrowser.signIn(this.api.baseUrl(), FIREFOX_ON_WINDOWS, ana.email(), Api.PASSWORD);
		assertThat(count("SELECT COUNT(*) FROM license_administrator WHERE user_id = ?", ana.id())).isEqualTo(1);

		assertThat(deleteAccount(ana, Api.PASSWORD, null).status()).isEqualTo(204);

		assertThat(count("SELECT COUNT(*) FROM user_account WHERE id = ?", ana.id())).isZero();
		assertThat(count("SELECT COUNT(*) FROM membership WHERE user_id = ?", ana.id())).isZero();
		assertThat(count("SELECT COUNT(*) FROM api_token WHERE user_id = ?", ana.id())).isZero();
		assertThat(count("SELECT COUNT(*) FROM license_administrator WHERE user_id = ?", ana.id())).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?").param(ana.email())
			.query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM invitation WHERE email = ? AND status = 'PENDING'")
			.param(ana.email()).query(Long.class).single()).isZero();
		assertThat(browser.signedIn()).isFalse();
		assertThat(this.api.get("/api/v1/me", ana.token()).status()).isEqualTo(401);
		// The invitation Ana sent for Acme stays, for Acme's administrators to keep or revoke.
		assertThat(count("SELECT COUNT(*) FROM invitation WHERE business_account_id = ? AND status = 'PENDING'", acme))
			.isEqualTo(1);
		// The Activity keeps what Ana did under her name, and records that she left.
		List<Map<String, Object>> entries = this.api.get("/api/v1/business-accounts/" + acme + "/audit-events?limit=100",
				ben.token()).succeeded().items();
		assertThat(entries).anySatisfy((e) -> {
			assertThat(e.get("action")).isEqualTo("INVITATION_SENT");
			assertThat(actorName(e)).isEqualTo("ana Tester");
		});
		assertThat(entries).anySatisfy((e) -> {
			assertThat(e.get("action")).isEqualTo("MEMBER_LEFT");
			assertThat(actorName(e)).isEqualTo("ana Tester");
		});
		List<Map<String, Object>> inOther = this.api.get("/api/v1/business-accounts/" + other + "/audit-events?limit=100",
				ben.token()).succeeded().items();
		assertThat(inOther).anySatisfy((e) -> assertThat(e.get("action")).isEqualTo("LICENSE_ADMINISTRATOR_REMOVED"));
		assertThat(keyId).isNotNull();
	}

	@Test
	void afterDeletionSignInFailsTheMailConfirmsAndTheEmailCanSignUpAgain() {
		Person ana = this.api.signUp("ana");
		SignedInBrowser browser = SignedInBrowser.signIn(this.api.baseUrl(), FIREFOX_ON_WINDOWS, ana.email(), Api.PASSWORD);

		FuzzHttp.Answer deleted = browser.post("/account/leaving", "password=" + Api.PASSWORD);

		assertThat(deleted.status()).isEqualTo(302);
		assertThat(deleted.location()).endsWith("/signin?deleted");
		assertThat(Jsoup.parse(browser.get("/signin?deleted").body()).select("#signin-deleted").text())
			.isEqualTo("Your account has been deleted.");
		assertThat(browser.signedIn()).isFalse();
		FuzzHttp.Answer signIn = SignedInBrowser.anonymous(this.api.baseUrl(), FIREFOX_ON_WINDOWS)
			.trySignIn(ana.email(), Api.PASSWORD);
		assertThat(signIn.location()).contains("/signin?error");
		Map<String, Object> mail = this.api.awaitMail(ana.email(), 1);
		assertThat((String) mail.get("subject")).contains("has been deleted");
		assertThat((String) mail.get("text")).contains(ana.email());

		Response again = this.api.post("/api/v1/signup", Map.of("email", ana.email(), "password", Api.PASSWORD,
				"firstName", "Ana", "lastName", "Again", "language", "en"), null);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.map().get("id")).isNotEqualTo(ana.id().toString());
	}

	@Test
	void withTwoStepVerificationACodeIsNeededAndMustBeRight() {
		Person ana = this.api.signUp("ana");
		WITH_CODE.add(ana.id());
		SignedInBrowser browser = SignedInBrowser.signIn(this.api.baseUrl(), FIREFOX_ON_WINDOWS, ana.email(), Api.PASSWORD);
		Document page = Jsoup.parse(browser.get("/account/leaving").body());
		assertThat(page.select("#leaving-form input[name=code]")).hasSize(1);

		Response noCode = deleteAccount(ana, Api.PASSWORD, null);
		Response wrongCode = deleteAccount(ana, Api.PASSWORD, "111111");

		assertThat(noCode.status()).isEqualTo(422);
		assertThat(noCode.errors()).containsKey("code");
		assertThat(wrongCode.status()).isEqualTo(422);
		assertThat(wrongCode.errors()).containsKey("code");
		assertThat(count("SELECT COUNT(*) FROM user_account WHERE id = ?", ana.id())).isEqualTo(1);
		FuzzHttp.Answer pageWithoutCode = browser.post("/account/leaving", "password=" + Api.PASSWORD);
		assertThat(Jsoup.parse(pageWithoutCode.body()).select("#code-error").text())
			.isEqualTo("Enter the code from your authenticator app.");

		assertThat(deleteAccount(ana, Api.PASSWORD, " " + RIGHT_CODE + " ").status()).isEqualTo(204);
		assertThat(count("SELECT COUNT(*) FROM user_account WHERE id = ?", ana.id())).isZero();
	}

	@Test
	void withoutTwoStepVerificationThePageAsksForThePasswordOnly() {
		Person ana = this.api.signUp("ana");
		SignedInBrowser browser = SignedInBrowser.signIn(this.api.baseUrl(), FIREFOX_ON_WINDOWS, ana.email(), Api.PASSWORD);

		Document page = Jsoup.parse(browser.get("/account/leaving").body());

		assertThat(page.select("#leaving-form input[name=password]")).hasSize(1);
		assertThat(page.select("#leaving-form input[name=code]")).isEmpty();
		assertThat(page.select("#leaving-form input[name=_csrf]")).hasSize(1);
		FuzzHttp.Answer wrong = browser.post("/account/leaving", "password=wrong-password-here");
		assertThat(Jsoup.parse(wrong.body()).select("#password-error").text()).isNotBlank();
		assertThat(browser.signedIn()).isTrue();
	}

	private Response deleteAccount(Person person, String password, String code) {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("password", password);
		if (code != null) {
			body.put("code", code);
		}
		return this.api.send("DELETE", "/api/v1/me", body, person.token());
	}

	/** Invites a person who has an account already and lets them accept with their password. */
	private void joinWithExistingAccount(Person admin, UUID business, Person person) {
		this.api.invite(admin, business, person.email()).succeeded();
		String token = Api.joinToken(this.api.awaitMail(person.email(), 1));
		this.api.post("/api/v1/invitations/" + token + "/accept", Map.of("password", Api.PASSWORD), null).succeeded();
	}

	/** Provisions a subscription for the business and makes the person a License Administrator of its key. */
	private UUID licenseAdministrator(Person admin, UUID business, Person person) {
		String operator = this.api.operatorToken("operator@deletion.example");
		this.api.post("/api/v1/operator/subscriptions", Map.of("businessAccountId", business, "product", "Pro",
				"seats", 5, "activationDate", LocalDate.now().minusDays(1).toString(), "expirationDate",
				LocalDate.now().plusYears(1).toString()), operator).succeeded();
		String base = "/api/v1/business-accounts/" + business;
		UUID keyId = UUID.fromString((String) this.api.get(base + "/license-keys", admin.token()).succeeded().items()
			.get(0).get("id"));
		this.api.send("PUT", base + "/license-keys/" + keyId + "/administrators/" + person.id(), null, admin.token())
			.succeeded();
		return keyId;
	}

	@SuppressWarnings("unchecked")
	private static String actorName(Map<String, Object> entry) {
		return (String) ((Map<String, Object>) entry.get("actor")).get("name");
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/** A second step that applies to the people in {@link #WITH_CODE}, as an authenticator app would. */
	@TestConfiguration
	static class CodeForSome {

		@Bean
		SecondStepCheck testSecondStep() {
			return new SecondStepCheck() {
				@Override
				public boolean applies(UUID userId) {
					return WITH_CODE.contains(userId);
				}

				@Override
				public boolean verify(UUID userId, String code) {
					return WITH_CODE.contains(userId) && RIGHT_CODE.equals(code);
				}
			};
		}

	}

}
