package dev.accord.account;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.platform.SecureTokens;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static dev.accord.account.SignedInBrowser.FIREFOX_ON_WINDOWS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** "Download my data" as a file from Security Settings and from {@code /api/v1/me/export}. */
@AccordIntegrationTest
class PersonalDataExportIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	@SuppressWarnings("unchecked")
	void theFileHoldsProfileMembershipsSessionsTokensAndActivity() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "Acme Export");
		Person ben = this.api.inviteAndJoin(ana, acme, "ben");
		this.api.patch("/api/v1/business-accounts/" + acme + "/members/" + ben.id(), Map.of("notes", "Exported note"),
				ana.token()).succeeded();
		SignedInBrowser.signIn(this.api.baseUrl(), FIREFOX_ON_WINDOWS, ana.email(), Api.PASSWORD);

		MockHttpServletResponse file = this.mvc.perform(get("/security/export").with(user(Principals.of(ana))))
			.andReturn()
			.getResponse();

		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentType()).startsWith("application/json");
		assertThat(file.getHeader("Content-Disposition")).startsWith("attachment").contains("accord-data-")
			.contains(".json");
		Map<String, Object> data = JSON.readValue(file.getContentAsString(), Map.class);
		assertThat(data).containsKeys("exportedAt", "profile", "memberships", "sessions", "apiTokens", "activity");
		assertThat((Map<String, Object>) data.get("profile")).containsEntry("email", ana.email())
			.containsEntry("firstName", "ana")
			.containsEntry("id", ana.id().toString());
		assertThat((List<Map<String, Object>>) data.get("memberships")).singleElement()
			.satisfies((m) -> assertThat(m).containsEntry("companyName", "Acme Export")
				.containsEntry("role", "ACCOUNT_ADMINISTRATOR"));
		assertThat((List<Map<String, Object>>) data.get("sessions")).anySatisfy(
				(s) -> assertThat(s).containsEntry("browser", "Firefox 128").containsEntry("os", "Windows 10"));
		assertThat((List<Map<String, Object>>) data.get("apiTokens")).singleElement()
			.satisfies((t) -> assertThat(t).containsEntry("name", "test").containsKeys("id", "scope", "expiresAt"));
		Map<String, Object> activity = (Map<String, Object>) data.get("activity");
		assertThat(activity).containsEntry("complete", true);
		List<Map<String, Object>> entries = (List<Map<String, Object>>) activity.get("entries");
		assertThat(entries).extracting((e) -> e.get("action")).contains("INVITATION_SENT", "MEMBER_NOTES_CHANGED");
		assertThat(entries).allSatisfy((e) -> assertThat(e).containsEntry("businessAccountId", acme.toString()));

		Map<String, Object> overApi = this.api.get("/api/v1/me/export", ana.token()).succeeded().map();
		assertThat(overApi.keySet()).isEqualTo(data.keySet());
		assertThat(((Map<String, Object>) overApi.get("profile")).get("email")).isEqualTo(ana.email());
	}

	@Test
	void theFileHoldsNoSecret() throws Exception {
		Person ana = this.api.signUp("ana");
		SignedInBrowser browser = SignedInBrowser.signIn(this.api.baseUrl(), FIREFOX_ON_WINDOWS, ana.email(),
				Api.PASSWORD);

		String file = browser.get("/security/export").body();

		String passwordHash = this.jdbc.sql("SELECT password_hash FROM user_account WHERE id = ?").param(ana.id())
			.query(String.class).single();
		String cookie = browser.cookies();
		String sessionId = new String(java.util.Base64.getDecoder().decode(cookie.substring(cookie.indexOf('=') + 1)));
		assertThat(file).contains(ana.email())
			.doesNotContain(ana.token())
			.doesNotContain(SecureTokens.sha256(ana.token()))
			.doesNotContain(passwordHash)
			.doesNotContain(Api.PASSWORD)
			.doesNotContain(sessionId)
			.doesNotContainIgnoringCase("hash")
			.doesNotContainIgnoringCase("password");
	}

	@Test
	@SuppressWarnings("unchecked")
	void anotherPersonsDataIsNotInTheFile() {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "Acme Others");
		Person ben = this.api.inviteAndJoin(ana, acme, "ben");
		Person cleo = this.api.inviteAndJoin(ana, acme, "cleo");
		this.api.post("/api/v1/tokens", Map.of("email", ana.email(), "password", Api.PASSWORD, "name", "anas-own-token"),
				null).succeeded();
		this.api.patch("/api/v1/business-accounts/" + acme + "/members/" + cleo.id(), Map.of("notes", "About Cleo only"),
				ana.token()).succeeded();
		this.api.patch("/api/v1/business-accounts/" + acme + "/members/" + ben.id(), Map.of("notes", "About Ben"),
				ana.token()).succeeded();

		Api.Response response = this.api.get("/api/v1/me/export", ben.token()).succeeded();

		assertThat(response.body()).doesNotContain("anas-own-token")
			.doesNotContain("About Cleo only")
			.doesNotContain(cleo.id().toString())
			.doesNotContain(ana.email());
		Map<String, Object> activity = (Map<String, Object>) response.map().get("activity");
		List<Map<String, Object>> entries = (List<Map<String, Object>>) activity.get("entries");
		assertThat(entries).anySatisfy((e) -> assertThat(e).containsEntry("action", "MEMBER_NOTES_CHANGED")
			.containsEntry("personId", ben.id().toString()));
		// An address is only in the entries of the person's own changes.
		assertThat(entries).filteredOn((e) -> !ben.id().toString().equals(((Map<String, Object>) e.get("actor")).get("id")))
			.isNotEmpty()
			.allSatisfy((e) -> assertThat(e.get("ip")).isNull());
		assertThat((List<Map<String, Object>>) response.map().get("apiTokens")).extracting((t) -> t.get("name"))
			.doesNotContain("anas-own-token");
	}

}
