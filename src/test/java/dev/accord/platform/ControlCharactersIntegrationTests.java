package dev.accord.platform;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import dev.accord.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One-line fields refuse control, zero-width and bidi characters everywhere; notes keep line breaks. */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@text.example")
class ControlCharactersIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void signUpRefusesNamesAndEmailsWithControlCharactersAndSavesNothing() {
		String email = Api.uniqueEmail("nul");
		Response badName = this.api.post("/api/v1/signup", Map.of("email", email, "password", Api.PASSWORD,
				"firstName", "Ana\r\nBcc: evil@example.com", "lastName", "Te\u202Eretsa", "language", "en"), null);
		Response badEmail = this.api.post("/api/v1/signup", Map.of("email", email + "\u0000", "password", Api.PASSWORD,
				"firstName", "Ana", "lastName", "Tester", "language", "en"), null);

		assertThat(badName.status()).isEqualTo(422);
		assertThat(badName.code()).isEqualTo("VALIDATION_FAILED");
		assertThat(badName.errors()).containsKeys("firstName", "lastName");
		assertThat(badEmail.status()).isEqualTo(422);
		assertThat(badEmail.errors()).containsKey("email");
		assertThat(accountsWith(email)).isZero();
	}

	@Test
	void theSignUpPageShowsTheErrorNextToTheFieldAndCreatesNoAccount() throws Exception {
		String email = Api.uniqueEmail("page");
		String page = this.mvc
			.perform(post("/signup").with(csrf()).param("firstName", "Ana\u200B").param("lastName", "Tester")
				.param("email", email).param("password", Api.PASSWORD).param("language", "en"))
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Use one line of text, without control or invisible characters.");
		assertThat(accountsWith(email)).isZero();
	}

	@Test
	void companyNamesTokenNamesAndProfileNamesAreOneLine() {
		Person ana = this.api.signUp("ana");
		Response company = this.api.post("/api/v1/business-accounts",
				Map.of("companyName", "ACME\u0000", "country", "DE", "postcode", "10115", "phone", "+49 30 123456"),
				ana.token());
		UUID acme = this.api.createBusiness(ana, "ACME");
		Response patched = this.api.patch("/api/v1/business-accounts/" + acme, Map.of("companyName", "ACME\u2066Evil"),
				ana.token());
		Response token = this.api.post("/api/v1/tokens",
				Map.of("email", ana.email(), "password", Api.PASSWORD, "name", "ci\nbot"), null);

		assertThat(company.status()).isEqualTo(422);
		assertThat(company.errors()).containsKey("companyName");
		assertThat(patched.status()).isEqualTo(422);
		assertThat(patched.errors()).containsKey("companyName");
		assertThat(this.api.get("/api/v1/business-accounts/" + acme, ana.token()).map()).containsEntry("companyName", "ACME");
		assertThat(token.status()).isEqualTo(422);
		assertThat(token.errors()).containsKey("name");
	}

	@Test
	void notesKeepLineBreaksButRefuseNul() {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		Person bob = this.api.inviteAndJoin(ana, acme, "bob");
		String path = "/api/v1/business-accounts/" + acme + "/members/" + bob.id();

		Response multiLine = this.api.patch(path, Map.of("notes", "Line one\nLine two"), ana.token());
		Response nul = this.api.patch(path, Map.of("notes", "Line one\u0000"), ana.token());

		assertThat(multiLine.status()).isEqualTo(200);
		assertThat(nul.status()).isEqualTo(422);
		assertThat(nul.errors()).containsKey("notes");
		assertThat(this.api.get(path, ana.token()).map()).containsEntry("notes", "Line one\nLine two");
	}

	@Test
	void devicesAndLicensingNamesAreOneLine() {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		Response provisioned = this.api.post("/api/v1/operator/subscriptions",
				Map.of("businessAccountId", acme.toString(), "product", "Accord Desktop", "seats", 3, "activationDate",
						today.toString(), "expirationDate", today.plusDays(30).toString()),
				this.api.operatorToken("operator@text.example"));
		String key = (String) provisioned.map().get("primaryKey");

		Response activation = this.api.post("/api/v1/activations",
				Map.of("licenseKey", key, "deviceId", "pc-1\u0000", "computerName", "PC\u202E1"), null);
		Response keys = this.api.get("/api/v1/business-accounts/" + acme + "/license-keys", ana.token());
		String keyId = (String) keys.items().get(0).get("id");
		Response rename = this.api.patch("/api/v1/business-accounts/" + acme + "/license-keys/" + keyId,
				Map.of("name", "Main\r\nkey"), ana.token());

		assertThat(activation.status()).isEqualTo(422);
		assertThat(activation.errors()).containsKeys("deviceId", "computerName");
		assertThat(rename.status()).isEqualTo(422);
		assertThat(rename.errors()).containsKey("name");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM activation").query(Integer.class).single()).isZero();
		assertThat(List.of(keys.items().get(0).get("name"))).doesNotContain("Main\r\nkey");
	}

	@Test
	void theProfilePageRefusesAnInvisibleName() throws Exception {
		Person ana = this.api.signUp("ana");
		this.mvc.perform(post("/profile").with(csrf()).with(user(Principals.of(ana)))
			.param("firstName", "Ana\uFEFF").param("lastName", "Tester").param("language", "en"))
			.andExpect(status().isOk());

		assertThat(this.api.get("/api/v1/me", ana.token()).map()).containsEntry("firstName", "ana");
	}

	private int accountsWith(String email) {
		return this.jdbc.sql("SELECT COUNT(*) FROM user_account WHERE email = ?")
			.param(email.toLowerCase())
			.query(Integer.class)
			.single();
	}

}
