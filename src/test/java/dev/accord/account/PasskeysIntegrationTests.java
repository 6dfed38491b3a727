package dev.accord.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Passkeys over the API and Security Settings: list, remove (another person's is 404), the name rule
 * of Spring's registration endpoint, the mail when one is added, and that a passkey is two-step.
 * The WebAuthn ceremonies themselves run in a real browser in {@code e2e.PasskeyIntegrationTests}.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class PasskeysIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PasskeyUsers users;

	@Autowired
	PasskeyCredentials credentials;

	@Autowired
	TwoStepStatus twoStep;

	@Autowired
	JsonMapper json;

	@Test
	void aPersonListsAndRemovesTheirPasskeysOverTheApi() {
		Person ana = this.api.signUp("ana");
		String phone = addPasskey(ana, "Phone", Instant.now().minus(1, ChronoUnit.DAYS));
		String laptop = addPasskey(ana, "Work laptop", Instant.now());

		List<Map<String, Object>> items = this.api.get("/api/v1/me/passkeys", ana.token()).succeeded().items();
		assertThat(items).extracting((i) -> i.get("name")).containsExactly("Work laptop", "Phone");
		assertThat(items.get(0)).containsEntry("id", laptop).containsKeys("createdAt", "lastUsedAt")
			.doesNotContainKeys("publicKey", "userEntityUserId");

		assertThat(this.api.delete("/api/v1/me/passkeys/" + phone, ana.token()).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/me/passkeys", ana.token()).items()).extracting((i) -> i.get("id"))
			.containsExactly(laptop);
		Response again = this.api.delete("/api/v1/me/passkeys/" + phone, ana.token());
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.code()).isEqualTo("NOT_FOUND");
	}

	@Test
	void theOpenApiDocumentListsThePasskeyEndpointsAndAReadOnlyTokenCannotRemove() {
		Person ana = this.api.signUp("ana");
		// Made before the passkey: afterwards a password alone mints no token.
		String readOnly = (String) this.api.post("/api/v1/tokens", Map.of("email", ana.email(), "password", Api.PASSWORD,
				"name", "reader", "scope", "READ_ONLY"), null).succeeded().map().get("token");
		String id = addPasskey(ana, "Phone", Instant.now());
		Map<String, Object> paths = (Map<String, Object>) this.api.get("/v3/api-docs", null).map().get("paths");
		assertThat(paths).containsKeys("/api/v1/me/passkeys", "/api/v1/me/passkeys/{id}");
		assertThat((Map<String, Object>) paths.get("/api/v1/me/passkeys/{id}")).containsKey("delete");

		assertThat(this.api.get("/api/v1/me/passkeys", readOnly).items()).hasSize(1);
		Response refused = this.api.delete("/api/v1/me/passkeys/" + id, readOnly);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("READ_ONLY_TOKEN");
	}

	@Test
	void anotherPersonsPasskeyIsNotFoundAndStays() {
		Person ana = this.api.signUp("ana");
		Person bob = this.api.signUp("bob");
		String anas = addPasskey(ana, "Phone", Instant.now());

		assertThat(this.api.delete("/api/v1/me/passkeys/" + anas, bob.token()).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/me/passkeys", bob.token()).items()).isEmpty();
		assertThat(this.api.delete("/api/v1/me/passkeys/not%20base64", bob.token()).status()).isEqualTo(404);
		assertThat(this.api.delete("/api/v1/me/passkeys/" + "A".repeat(2000), bob.token()).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/me/passkeys", ana.token()).items()).hasSize(1);
		assertThat(this.api.get("/api/v1/me/passkeys", null).status()).isEqualTo(401);
	}

	@Test
	void aPersonWithAPasskeyHasTwoStepVerificationAndLosesItWithTheLastPasskey() {
		Person ana = this.api.signUp("ana");
		Person bob = this.api.signUp("bob");
		assertThat(this.twoStep.enabled(ana.id())).isFalse();

		String phone = addPasskey(ana, "Phone", Instant.now());
		assertThat(this.twoStep.enabled(ana.id())).isTrue();
		assertThat(this.twoStep.enabled(bob.id())).isFalse();
		assertThat(this.twoStep.enabledAmong(List.of(ana.id(), bob.id()))).isEqualTo(Set.of(ana.id()));

		this.api.delete("/api/v1/me/passkeys/" + phone, ana.token()).succeeded();
		assertThat(this.twoStep.enabled(ana.id())).isFalse();
		assertThat(this.twoStep.enabledAmong(List.of(ana.id(), bob.id()))).isEmpty();
	}

	@Test
	void aPasswordAloneMintsNoTokenForAPersonWhoseSecondStepIsAPasskey() {
		Person ana = this.api.signUp("ana");
		Map<String, Object> body = Map.of("email", ana.email(), "password", Api.PASSWORD, "name", "ci");
		assertThat(this.api.post("/api/v1/tokens", body, null).status()).as("no second step yet").isEqualTo(201);

		addPasskey(ana, "Phone", Instant.now());
		Api.Response refused = this.api.post("/api/v1/tokens", body, null);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("PASSKEY_SIGN_IN_REQUIRED");
		assertThat(this.api.post("/api/v1/tokens", Map.of("email", ana.email(), "password", Api.PASSWORD, "name", "ci",
				"code", "123456"), null).status()).as("no code stands in for the passkey").isEqualTo(403);
	}

	@Test
	void deletingTheAccountRemovesItsPasskeysAndTheirHandle() {
		Person ana = this.api.signUp("ana");
		String id = addPasskey(ana, "Phone", Instant.now());
		assertThat(this.api.send("DELETE", "/api/v1/me", Map.of("password", Api.PASSWORD), ana.token()).status())
			.isEqualTo(204);
		assertThat(this.users.ofPerson(ana.id())).isEmpty();
		assertThat(this.credentials.findByCredentialId(Bytes.fromBase64(id))).isNull();
		assertThat(this.twoStep.enabled(ana.id())).isFalse();
	}

	@Test
	void theOwnerIsEmailedWhenAPasskeyIsAddedAndNotWhenItIsUsed() {
		Person ana = this.api.signUp("ana");
		String id = addPasskey(ana, "Garage key", Instant.now());

		Map<String, Object> mail = this.api.awaitMail(ana.email(), 1);
		assertThat((String) mail.get("subject")).isEqualTo("A passkey was added to your Accord My Account");
		assertThat((String) mail.get("text")).contains("“Garage key”", "/security#passkeys");
		assertThat((String) mail.get("html")).contains("Garage key");

		// A sign-in saves the passkey again (signature count, last use): that is no new passkey.
		this.credentials.save(ImmutableCredentialRecord.fromCredentialRecord(
				this.credentials.findByCredentialId(Bytes.fromBase64(id))).signatureCount(7).lastUsed(Instant.now()).build());
		assertThat(this.api.get("/api/v1/dev/mailbox?to=" + ana.email().replace("+", "%2B"), null).items()).hasSize(1);
	}

	@Test
	void securitySettingsListsThePasskeysAndRemoveAsksFirst() throws Exception {
		Person ana = this.api.signUp("ana");
		// Signed in first: with a passkey, a password sign-in asks for the second step.
		Cookie session = signIn(ana);
		String id = addPasskey(ana, "Phone", Instant.now());

		Document page = page(get("/security").cookie(session));
		assertThat(page.select("#passkey-list .passkey-name").eachText()).containsExactly("Phone");
		assertThat(page.select("#passkey-form #passkey-name").attr("maxlength")).isEqualTo("64");
		assertThat(page.select("#passkey-form").attr("data-csrf-header")).isEqualTo("X-CSRF-TOKEN");
		assertThat(page.select("input[name=_csrf]")).isNotEmpty();
		assertThat(page.select("#passkeys .field-error")).as("no error shown before any").isEmpty();

		Document asked = page(post("/security/passkeys/{id}/remove", id).cookie(session).with(csrf()));
		assertThat(asked.select("#confirm-what").text()).contains("“Phone”");
		assertThat(asked.select("#confirm-form input[name=confirmed]").val()).isEqualTo("true");
		assertThat(this.api.get("/api/v1/me/passkeys", ana.token()).items()).hasSize(1);

		this.mvc.perform(post("/security/passkeys/{id}/remove", id).cookie(session).with(csrf()).param("confirmed", "true"))
			.andExpect(redirectedUrl("/security#passkeys"));
		assertThat(this.api.get("/api/v1/me/passkeys", ana.token()).items()).isEmpty();
		// A second Remove (another tab) is a notice, not an error.
		this.mvc.perform(post("/security/passkeys/{id}/remove", id).cookie(session).with(csrf()).param("confirmed", "true"))
			.andExpect(redirectedUrl("/security#passkeys"));
	}

	@Test
	void registrationOptionsAskForADiscoverablePasskeyWithUserVerificationForThisPortal() throws Exception {
		Person ana = this.api.signUp("ana");
		Cookie session = signIn(ana);
		JsonNode options = this.json.readTree(this.mvc.perform(post("/webauthn/register/options").cookie(session).with(csrf()))
			.andReturn().getResponse().getContentAsString());
		assertThat(options.path("rp").path("id").asString()).isEqualTo("localhost");
		assertThat(options.path("rp").path("name").asString()).isEqualTo("Accord");
		assertThat(options.path("user").path("name").asString()).isEqualTo(ana.email());
		assertThat(options.path("authenticatorSelection").path("residentKey").asString()).isEqualTo("required");
		assertThat(options.path("authenticatorSelection").path("userVerification").asString()).isEqualTo("required");
		// The handle is stored under the person's id, not the email (which can change).
		assertThat(this.users.ofPerson(ana.id())).isPresent();

		JsonNode signIn = this.json.readTree(this.mvc.perform(post("/webauthn/authenticate/options").with(csrf()))
			.andReturn().getResponse().getContentAsString());
		assertThat(signIn.path("allowCredentials").isEmpty()).as("discoverable: no credentials listed").isTrue();
		assertThat(signIn.path("userVerification").asString()).isEqualTo("required");
		assertThat(this.mvc.perform(post("/webauthn/register/options").with(csrf())).andReturn().getResponse()
			.getStatus()).as("not signed in (Spring answers 400)").isBetween(400, 403);
	}

	@Test
	void aPasskeysNameIsRequiredOneLineAndAtMost64CharactersInThePersonsLanguage() throws Exception {
		Person ana = this.api.signUp("ana");
		Cookie session = signIn(ana);
		assertThat(register(session, "x".repeat(65), "en").getContentAsString()).contains("Use at most 64 characters.");
		MockHttpServletResponse blank = register(session, "  ", "en");
		assertThat(blank.getStatus()).isEqualTo(422);
		assertThat(blank.getContentType()).startsWith("application/problem+json");
		assertThat(this.json.readTree(blank.getContentAsString()).path("errors").path("label").asString())
			.isEqualTo("Fill in this field.");
		assertThat(register(session, "two\\nlines", "en").getStatus()).isEqualTo(422);
		String jonas = Api.uniqueEmail("jonas");
		this.api.post("/api/v1/signup", Map.of("email", jonas, "password", Api.PASSWORD, "firstName", "Jonas",
				"lastName", "Tester", "language", "de"), null).succeeded();
		Cookie german = this.mvc.perform(post("/signin").with(csrf()).param("email", jonas).param("password", Api.PASSWORD))
			.andReturn().getResponse().getCookie("SESSION");
		assertThat(this.json.readTree(register(german, "x".repeat(65), "en").getContentAsString()).path("errors")
			.path("label").asString()).isEqualTo("Verwenden Sie höchstens 64 Zeichen.");
		MockHttpServletResponse noJson = this.mvc.perform(post("/webauthn/register").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{not json")).andReturn().getResponse();
		assertThat(noJson.getStatus()).isEqualTo(400);
		// A good name with no real credential is refused by Spring's verification, never a 500.
		assertThat(register(session, "x".repeat(64), "en").getStatus()).isBetween(400, 499);
		assertThat(this.api.get("/api/v1/me/passkeys", ana.token()).items()).isEmpty();
	}

	private String addPasskey(Person person, String name, Instant created) {
		return PasskeyFixtures.add(this.context, person, name, created);
	}

	@Test
	void aPasskeySignInWithAnUnknownOrMalformedAnswerIsRefusedAndSignsNobodyIn() throws Exception {
		String unknown = "{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"response\":{"
				+ "\"authenticatorData\":\"AAAA\",\"clientDataJSON\":\"AAAA\",\"signature\":\"AAAA\",\"userHandle\":\"AAAA\"}}";
		for (String body : List.of(unknown, "{}", "{not json", "[]")) {
			MockHttpServletResponse answer = this.mvc.perform(post("/login/webauthn").with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
			assertThat(answer.getStatus()).as(body).isBetween(400, 499);
			assertThat(answer.getContentAsString()).doesNotContain("redirectUrl");
		}
		MockHttpServletResponse withoutCsrf = this.mvc.perform(post("/login/webauthn")
			.contentType(MediaType.APPLICATION_JSON).content(unknown)).andReturn().getResponse();
		assertThat(withoutCsrf.getStatus()).isEqualTo(403);
	}

	private MockHttpServletResponse register(Cookie session, String label, String language) throws Exception {
		String body = "{\"publicKey\":{\"label\":\"" + label + "\",\"credential\":{\"id\":\"AAAA\",\"rawId\":\"AAAA\","
				+ "\"type\":\"public-key\",\"response\":{\"attestationObject\":\"AAAA\",\"clientDataJSON\":\"AAAA\"}}}}";
		return this.mvc.perform(post("/webauthn/register").cookie(session).with(csrf())
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andReturn().getResponse();
	}

	private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	private Cookie signIn(Person person) throws Exception {
		return this.mvc
			.perform(post("/signin").with(csrf()).param("email", person.email()).param("password", Api.PASSWORD))
			.andExpect(redirectedUrl("/dashboard"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
