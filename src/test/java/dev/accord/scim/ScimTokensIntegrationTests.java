package dev.accord.scim;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.platform.ValidationException;
import dev.accord.support.Api;
import dev.accord.support.MutableClock;
import dev.accord.support.Race;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SCIM tokens over the API: shown once, stored hashed, listed without the secret, revoked at once, audited. */
@AccordIntegrationTest
class ScimTokensIntegrationTests {

	@Autowired
	private Api api;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ScimTokens tokens;

	@Autowired
	private MutableClock clock;

	@Test
	void aTokenIsShownOnceStoredHashedAndRevokedAtOnceWithAuditEntries() {
		Api.Person admin = this.api.signUp("tokenadmin");
		UUID business = this.api.createBusiness(admin, "Tokens SE");
		String base = "/api/v1/business-accounts/" + business + "/scim-tokens";
		Map<String, Object> created = this.api.post(base, Map.of("name", "Okta"), admin.token()).map();
		String token = (String) created.get("token");
		assertThat(token).startsWith("accord_scim_");
		assertThat(this.jdbc.sql("SELECT count(*) FROM scim_token WHERE token_hash = ?")
			.param(dev.accord.platform.SecureTokens.sha256(token))
			.query(Long.class)
			.single()).isOne();
		assertThat(this.jdbc.sql("SELECT count(*) FROM scim_token WHERE token_hash = ?").param(token).query(Long.class).single())
			.isZero();

		Api.Response listed = this.api.get(base, admin.token());
		assertThat(listed.body()).doesNotContain(token);
		assertThat(listed.items()).singleElement().satisfies((t) -> {
			assertThat(t.get("name")).isEqualTo("Okta");
			assertThat(t.get("createdBy")).isEqualTo("tokenadmin Tester");
			assertThat(t.get("revokedAt")).isNull();
		});
		assertThat(ScimClients.send(this.api.baseUrl(), "GET", "/scim/v2/Users", null, token).status()).isEqualTo(200);
		assertThat(this.api.get(base, admin.token()).items().get(0).get("lastUsedAt")).isNotNull();

		assertThat(this.api.delete(base + "/" + created.get("id"), admin.token()).status()).isEqualTo(204);
		assertThat(this.api.delete(base + "/" + created.get("id"), admin.token()).status()).isEqualTo(404);
		assertThat(ScimClients.send(this.api.baseUrl(), "GET", "/scim/v2/Users", null, token).status()).isEqualTo(401);
		assertThat(this.api.get(base, admin.token()).items().get(0).get("revokedAt")).isNotNull();

		List<String> actions = this.jdbc
			.sql("SELECT action FROM audit_event WHERE business_account_id = ? AND object_type = 'SCIM_TOKEN' ORDER BY id")
			.param(business)
			.query(String.class)
			.list();
		assertThat(actions).containsExactly("SCIM_TOKEN_CREATED", "SCIM_TOKEN_REVOKED");
	}

	@Test
	void aBadNameIsAFieldErrorAndSavesNothing() {
		Api.Person admin = this.api.signUp("badname");
		UUID business = this.api.createBusiness(admin, "Names SE");
		String base = "/api/v1/business-accounts/" + business + "/scim-tokens";
		assertThat(this.api.post(base, Map.of("name", "x".repeat(101)), admin.token()).status()).isEqualTo(422);
		assertThat(this.api.post(base, Map.of("name", "two\nlines"), admin.token()).errors()).containsKey("name");
		assertThat(this.api.get(base, admin.token()).items()).isEmpty();
	}

	@Test
	void revokingFreesAPlaceAndTheOldestRevokedTokensMakeRoomInTheList() {
		Api.Person admin = this.api.signUp("tokenlimit");
		UUID business = this.api.createBusiness(admin, "Limits SE");
		List<UUID> ids = new java.util.ArrayList<>();
		for (int i = 0; i < ScimTokens.MAX_TOKENS; i++) {
			ids.add(this.tokens.create(business, admin.id(), "Token " + i).id());
		}
		assertThatThrownBy(() -> this.tokens.create(business, admin.id(), "One more"))
			.isInstanceOf(ValidationException.class);
		this.tokens.revoke(business, admin.id(), ids.get(3));
		this.clock.advance(java.time.Duration.ofMinutes(1));
		this.tokens.revoke(business, admin.id(), ids.get(7));

		this.tokens.create(business, admin.id(), "In place of token 3");
		List<ScimTokenView> listed = this.tokens.list(business, admin.id());
		assertThat(listed).hasSize(ScimTokens.MAX_TOKENS);
		assertThat(listed).extracting(ScimTokenView::id).doesNotContain(ids.get(3)).contains(ids.get(7));
		assertThat(listed).filteredOn((t) -> t.revokedAt() == null).hasSize(ScimTokens.MAX_TOKENS - 1);
	}

	@Test
	void twoCreatesForTheLastPlaceAtOnceMakeOneToken() throws Exception {
		Api.Person admin = this.api.signUp("tokenrace");
		UUID business = this.api.createBusiness(admin, "Race SE");
		for (int i = 0; i < ScimTokens.MAX_TOKENS - 1; i++) {
			this.tokens.create(business, admin.id(), "Token " + i);
		}
		String base = "/api/v1/business-accounts/" + business + "/scim-tokens";
		List<Integer> statuses = Race.of(() -> this.api.post(base, Map.of("name", "Okta"), admin.token()).status(),
				() -> this.api.post(base, Map.of("name", "Entra ID"), admin.token()).status());
		assertThat(statuses).containsExactlyInAnyOrder(201, 422);
		assertThat(this.tokens.list(business, admin.id())).hasSize(ScimTokens.MAX_TOKENS);
	}

}
