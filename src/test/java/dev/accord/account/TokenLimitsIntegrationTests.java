package dev.accord.account;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import dev.accord.support.MutableClock;
import dev.accord.support.fuzz.FuzzHttp;
import dev.accord.support.fuzz.OpenApiOperations;
import dev.accord.support.fuzz.OpenApiOperations.Operation;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** API tokens' expiry, scope and last use, over the API and the Security Settings page. */
@AccordIntegrationTest
class TokenLimitsIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@Test
	void aTokenWorksUntilItsExpiryAndThenAnswers401TokenExpired() {
		Person ana = this.api.signUp("ana");
		Response created = createToken(ana, "7", null).succeeded();
		String token = (String) created.map().get("token");
		Instant expiresAt = Instant.parse((String) created.map().get("expiresAt"));
		assertThat(Duration.between(this.clock.instant(), expiresAt)).isBetween(Duration.ofDays(7).minusSeconds(5),
				Duration.ofDays(7));
		assertThat(created.map()).containsEntry("scope", "FULL");

		this.clock.advance(Duration.ofDays(6));
		assertThat(this.api.get("/api/v1/me", token).status()).isEqualTo(200);

		this.clock.advance(Duration.ofDays(1).plusMinutes(1));
		Response expired = this.api.get("/api/v1/me", token);
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.contentType()).startsWith("application/problem+json");
		assertThat(expired.code()).isEqualTo("TOKEN_EXPIRED");
		// Unknown and revoked tokens keep their code.
		assertThat(this.api.get("/api/v1/me", "acc_unknown").code()).isEqualTo("UNAUTHORIZED");
	}

	@Test
	void aTokenWithoutExpiryNeverExpiresAndTheDefaultIsNinetyDaysAndFullScope() {
		Person ana = this.api.signUp("ana");
		Response never = createToken(ana, "none", null).succeeded();
		Response byDefault = createToken(ana, null, null).succeeded();

		assertThat(never.map().get("expiresAt")).isNull();
		assertThat(Duration.between(this.clock.instant(), Instant.parse((String) byDefault.map().get("expiresAt"))))
			.isBetween(Duration.ofDays(90).minusSeconds(5), Duration.ofDays(90));
		assertThat(byDefault.map()).containsEntry("scope", "FULL");
		assertThat(this.jdbc.sql("SELECT expires_at FROM api_token WHERE id = ?")
			.param(UUID.fromString((String) never.map().get("id")))
			.query(OffsetDateTime.class)
			.optional()).isEmpty();

		this.clock.advance(Duration.ofDays(8));
		assertThat(this.api.get("/api/v1/me", (String) never.map().get("token")).status()).isEqualTo(200);
	}

	@Test
	void aTokenUntilADateWorksThroughThatDayInUtc() {
		Person ana = this.api.signUp("ana");
		LocalDate lastDay = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).plusDays(3);

		Response created = createToken(ana, lastDay.toString(), "READ_ONLY").succeeded();

		assertThat(Instant.parse((String) created.map().get("expiresAt")))
			.isEqualTo(lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
		assertThat(created.map()).containsEntry("scope", "READ_ONLY");
	}

	@Test
	void aBadExpiryOrScopeOverTheApiIsRefusedAndCreatesNothing() {
		Person ana = this.api.signUp("ana");
		String yesterday = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).minusDays(1).toString();
		String farAway = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).plusYears(2).toString();
		long before = tokenCount(ana);

		for (String expiry : List.of(yesterday, farAway, "5", "forever", "99999-01-01", "2027-02-30")) {
			Response refused = createToken(ana, expiry, null);
			assertThat(refused.status()).as(expiry).isEqualTo(422);
			assertThat(refused.errors()).as(expiry).containsKey("expiry");
		}
		Response unknownScope = createToken(ana, "30", "ADMIN");
		assertThat(unknownScope.status()).isEqualTo(422);
		assertThat(unknownScope.code()).isEqualTo("VALIDATION_FAILED");
		assertThat(unknownScope.errors()).containsKey("scope");
		assertThat(tokenCount(ana)).isEqualTo(before);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theOpenApiDocumentDescribesTheExpiryAndScopeOfTokens() {
		Map<String, Object> document = this.api.get("/v3/api-docs", null).succeeded().map();
		Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) ((Map<String, Object>) document
			.get("components")).get("schemas");

		assertThat((Map<String, Object>) schemas.get("TokenRequest").get("properties")).containsKeys("expiry", "scope");
		assertThat((Map<String, Object>) schemas.get("CreatedToken").get("properties")).containsKeys("expiresAt", "scope");
		assertThat(this.api.get("/v3/api-docs", null).body()).contains("READ_ONLY");
	}

	@Test
	void aReadOnlyTokenGets403OnEveryWriteOfTheApiAndReads200() {
		Person ana = this.api.signUp("ana");
		UUID business = this.api.createBusiness(ana, "Read Only Ltd");
		String readOnly = (String) createToken(ana, "30", "READ_ONLY").succeeded().map().get("token");
		List<Operation> writes = OpenApiOperations.read(new FuzzHttp(this.api.baseUrl()))
			.stream()
			.filter((o) -> o.path().startsWith("/api/v1/"))
			// The device API takes the license key in the body as its credential and reads no bearer token.
			.filter((o) -> !o.path().startsWith("/api/v1/activations"))
			.filter((o) -> !List.of("GET", "HEAD", "OPTIONS").contains(o.method()))
			.toList();
		assertThat(writes).extracting(Operation::path).contains("/api/v1/tokens", "/api/v1/tokens/{id}",
				"/api/v1/business-accounts/{id}");

		List<String> notRefused = new ArrayList<>();
		for (Operation write : writes) {
			String path = write.path().replaceAll("\\{[^}]+}", business.toString());
			Response answer = this.api.send(write.method(), path, write.hasBody() ? "{}" : null, readOnly);
			if (answer.status() != 403 || !"READ_ONLY_TOKEN".equals(answer.code())) {
				notRefused.add(write.method() + " " + path + " → " + answer.status() + " " + answer.code());
			}
		}
		assertThat(notRefused).isEmpty();

		assertThat(this.api.get("/api/v1/me", readOnly).status()).isEqualTo(200);
		assertThat(this.api.get("/api/v1/business-accounts/" + business, readOnly).status()).isEqualTo(200);
		assertThat(this.api.get("/api/v1/business-accounts/" + business + "/members", readOnly).status()).isEqualTo(200);
		assertThat(this.api.get("/api/v1/business-accounts/" + business, ana.token()).status()).isEqualTo(200);
	}

	@Test
	void theLastUseIsRecordedAtMostOnceAMinuteAndShownInSecuritySettings() throws Exception {
		Person ana = this.api.signUp("ana");
		Response created = createToken(ana, "30", null).succeeded();
		UUID id = UUID.fromString((String) created.map().get("id"));
		String token = (String) created.map().get("token");
		assertThat(lastUsedAt(id)).isNull();

		this.api.get("/api/v1/me", token).succeeded();
		Instant first = lastUsedAt(id);
		assertThat(first).isNotNull();
		this.clock.advance(Duration.ofSeconds(30));
		this.api.get("/api/v1/me", token).succeeded();
		assertThat(lastUsedAt(id)).as("no write within the minute").isEqualTo(first);
		this.clock.advance(Duration.ofSeconds(31));
		this.api.get("/api/v1/me", token).succeeded();
		assertThat(lastUsedAt(id)).isAfter(first);

		Element row = securityPage(signIn(ana)).selectFirst("#token-list tr[data-token-id=" + id + "]");
		assertThat(row).isNotNull();
		assertThat(row.select(".token-last-used time").attr("datetime")).isNotBlank();
		assertThat(row.select(".token-address").text()).contains("127.0.0.1");
		assertThat(row.select(".token-expiry time").attr("datetime")).isNotBlank();
		assertThat(row.select(".token-scope").text()).isEqualTo("Full access");
	}

	@Test
	void theSecuritySettingsFormCreatesATokenWithEachExpiryAndScope() throws Exception {
		Person ana = this.api.signUp("ana");
		Cookie session = signIn(ana);
		LocalDate lastDay = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).plusDays(10);
		Map<String, Instant> expected = new HashMap<>();
		Instant now = this.clock.instant();
		expected.put("7", now.plus(Duration.ofDays(7)));
		expected.put("30", now.plus(Duration.ofDays(30)));
		expected.put("90", now.plus(Duration.ofDays(90)));
		expected.put("date", lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());

		for (String expiry : List.of("7", "30", "90", "none", "date")) {
			for (TokenScope scope : TokenScope.values()) {
				String name = "form-" + expiry + "-" + scope;
				Document page = submit(session, name, expiry, "date".equals(expiry) ? lastDay.toString() : "",
						scope.name());
				assertThat(page.select("#created-token-value").text()).as(name).startsWith("acc_");
				Map<String, Object> row = this.jdbc.sql("SELECT expires_at, scope FROM api_token WHERE user_id = ? AND name = ?")
					.params(ana.id(), name)
					.query()
					.singleRow();
				assertThat(row.get("scope")).as(name).isEqualTo(scope.name());
				Instant expiresAt = (row.get("expires_at") != null) ? toInstant(row.get("expires_at")) : null;
				if (expected.containsKey(expiry)) {
					assertThat(expiresAt).as(name).isNotNull();
					assertThat(Duration.between(expected.get(expiry), expiresAt).abs()).as(name)
						.isLessThan(Duration.ofSeconds(5));
				}
				else {
					assertThat(expiresAt).as(name).isNull();
				}
			}
		}
		assertThat(securityPage(session).select("#token-list .token-scope").eachText()).contains("Read only",
				"Full access");
	}

	@Test
	void badFormInputShowsAMessageNextToTheFieldAndCreatesNothing() throws Exception {
		Person ana = this.api.signUp("ana");
		Cookie session = signIn(ana);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		long before = tokenCount(ana);

		assertThat(submit(session, "past", "date", today.minusDays(1).toString(), "FULL")
			.select("#token-expiry-date-error").text()).isEqualTo("Choose a date after today.");
		assertThat(submit(session, "today", "date", today.toString(), "FULL").select("#token-expiry-date-error").text())
			.isEqualTo("Choose a date after today.");
		assertThat(submit(session, "huge", "date", "+999999999-12-31", "FULL").select("#token-expiry-date-error")
			.text()).isNotBlank();
		assertThat(submit(session, "far", "date", "9999-12-31", "FULL").select("#token-expiry-date-error").text())
			.isEqualTo("Choose a date at most a year from today.");
		assertThat(submit(session, "garbled", "date", "31.12.2030", "FULL").select("#token-expiry-date-error").text())
			.isEqualTo("Enter a valid date.");
		assertThat(submit(session, "nodate", "date", "", "FULL").select("#token-expiry-date-error").text())
			.isNotBlank();
		assertThat(submit(session, "odd", "5", "", "FULL").select("#token-expiry-error").text())
			.isEqualTo("Choose one of the offered expiry options.");
		Document unknownScope = submit(session, "admin", "30", "", "ADMIN");
		assertThat(unknownScope.select("#token-scope-error").text()).isEqualTo("Choose read only or full access.");
		assertThat(unknownScope.select("#created-token")).isEmpty();

		assertThat(tokenCount(ana)).isEqualTo(before);
	}

	@Test
	void anotherPersonsTokenCanBeNeitherSeenNorRevoked() throws Exception {
		Person ana = this.api.signUp("ana");
		Person bob = this.api.signUp("bob");
		Response bobs = this.api
			.post("/api/v1/tokens", Map.of("email", bob.email(), "password", Api.PASSWORD, "name", "bobs-secret-name"),
					null)
			.succeeded();
		String bobsId = (String) bobs.map().get("id");
		Cookie anaSession = signIn(ana);

		assertThat(securityPage(anaSession).text()).doesNotContain("bobs-secret-name");
		assertThat(securityPage(anaSession).select("tr[data-token-id=" + bobsId + "]")).isEmpty();
		int status = this.mvc.perform(post("/security/tokens/{id}/revoke", bobsId).cookie(anaSession).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(404);
		assertThat(this.api.delete("/api/v1/tokens/" + bobsId, ana.token()).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/me", (String) bobs.map().get("token")).status()).isEqualTo(200);
	}

	private Response createToken(Person person, String expiry, String scope) {
		Map<String, Object> body = new HashMap<>(Map.of("email", person.email(), "password", Api.PASSWORD, "name", "t"));
		if (expiry != null) {
			body.put("expiry", expiry);
		}
		if (scope != null) {
			body.put("scope", scope);
		}
		return this.api.post("/api/v1/tokens", body, null);
	}

	private Document submit(Cookie session, String name, String expiry, String expiryDate, String scope)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/security/tokens").cookie(session)
			.with(csrf())
			.param("name", name)
			.param("expiry", expiry)
			.param("expiryDate", expiryDate)
			.param("scope", scope);
		return Jsoup.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	private Document securityPage(Cookie session) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/security").cookie(session)).andReturn().getResponse()
			.getContentAsString());
	}

	private long tokenCount(Person person) {
		return this.jdbc.sql("SELECT COUNT(*) FROM api_token WHERE user_id = ?").param(person.id()).query(Long.class)
			.single();
	}

	private Instant lastUsedAt(UUID tokenId) {
		return this.jdbc.sql("SELECT last_used_at FROM api_token WHERE id = ?")
			.param(tokenId)
			.query((rs, n) -> java.util.Optional.ofNullable(dev.accord.platform.Timestamps.fromDb(rs, "last_used_at")))
			.single()
			.orElse(null);
	}

	private static Instant toInstant(Object value) {
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant();
		}
		return OffsetDateTime.parse(value.toString().replace(' ', 'T')).toInstant();
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
