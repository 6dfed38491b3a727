package dev.accord.scim;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.accord.business.MemberDirectory;
import dev.accord.business.MemberView;
import dev.accord.business.MembershipStatus;
import dev.accord.business.Role;
import dev.accord.scim.ScimClients.Answer;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plays what Entra ID and Okta send to {@code /scim/v2} (their own payload shapes) and checks the
 * membership after each step through the business module.
 */
@AccordIntegrationTest
class ScimProvisioningIntegrationTests {

	@Autowired
	private Api api;

	@Autowired
	private ScimTokens tokens;

	@Autowired
	private MemberDirectory directory;

	@Autowired
	private JdbcClient jdbc;

	private Api.Person admin;

	private UUID business;

	private String token;

	@BeforeEach
	void businessWithToken() {
		this.admin = this.api.signUp("scimadmin");
		this.business = this.api.createBusiness(this.admin, "Provisioned GmbH");
		this.token = this.tokens.create(this.business, this.admin.id(), "Entra ID").token();
	}

	@Test
	void entraIdCreatesFindsBlocksUnblocksAndDeletesAMember() {
		String email = Api.uniqueEmail("entra");
		Answer created = scim("POST", "/scim/v2/Users", """
				{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
				 "externalId":"8f2e-entra-object-id","userName":"%s","active":true,
				 "emails":[{"primary":true,"type":"work","value":"%s"}],
				 "meta":{"resourceType":"User"},
				 "name":{"formatted":"Erika Mustermann","familyName":"Mustermann","givenName":"Erika"},
				 "displayName":"Erika Mustermann","locale":"de-DE",
				 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Sales"}}""".formatted(email, email));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.header("Content-Type")).startsWith("application/scim+json");
		String id = created.json().get("id").asString();
		assertThat(created.json().get("externalId").asString()).isEqualTo("8f2e-entra-object-id");
		assertThat(created.header("Location")).endsWith("/scim/v2/Users/" + id);
		assertThat(member(id)).get().satisfies((m) -> {
			assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
			assertThat(m.role()).isEqualTo(Role.REGULAR_MEMBER);
			assertThat(m.firstName()).isEqualTo("Erika");
		});

		Answer found = scim("GET", "/scim/v2/Users?filter=userName+eq+%22" + encoded(email) + "%22", null);
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().get("totalResults").asInt()).isEqualTo(1);
		assertThat(found.json().get("Resources").get(0).get("id").asString()).isEqualTo(id);

		Answer blocked = scim("PATCH", "/scim/v2/Users/" + id, """
				{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
				 "Operations":[{"op":"Replace","path":"active","value":"False"}]}""");
		assertThat(blocked.status()).as(blocked.body()).isEqualTo(200);
		assertThat(blocked.json().get("active").asBoolean()).isFalse();
		assertThat(member(id).orElseThrow().status()).isEqualTo(MembershipStatus.BLOCKED);

		Answer renamed = scim("PATCH", "/scim/v2/Users/" + id, """
				{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
				 "Operations":[{"op":"Add","path":"name.givenName","value":"Eri"},
				  {"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"%s"},
				  {"op":"Replace","path":"active","value":"True"}]}""".formatted(email));
		assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
		assertThat(member(id).orElseThrow()).satisfies((m) -> {
			assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
			assertThat(m.firstName()).isEqualTo("Eri");
		});

		assertThat(scim("DELETE", "/scim/v2/Users/" + id, null).status()).isEqualTo(204);
		assertThat(member(id)).isEmpty();
		assertThat(scim("GET", "/scim/v2/Users/" + id, null).status()).isEqualTo(404);
		assertThat(auditActors()).contains("SCIM");
	}

	@Test
	void oktaFindsByUserNameCreatesDeactivatesAndReplaces() {
		String email = Api.uniqueEmail("okta");
		Answer none = scim("GET", "/scim/v2/Users?filter=userName%20eq%20%22" + encoded(email) + "%22&startIndex=1&count=100", null);
		assertThat(none.status()).isEqualTo(200);
		assertThat(none.json().get("totalResults").asInt()).isZero();
		assertThat(none.json().get("schemas").get(0).asString()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");

		Answer created = scim("POST", "/scim/v2/Users", """
				{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s",
				 "name":{"givenName":"Olga","familyName":"Kowalska"},
				 "emails":[{"primary":true,"value":"%s","type":"work"}],
				 "displayName":"Olga Kowalska","locale":"en-US","externalId":"00u1okta","groups":[],
				 "password":"Secret1!","active":true}""".formatted(email, email));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();

		Answer deactivated = scim("PATCH", "/scim/v2/Users/" + id, """
				{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
				 "Operations":[{"op":"replace","value":{"active":false}}]}""");
		assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
		assertThat(member(id).orElseThrow().status()).isEqualTo(MembershipStatus.BLOCKED);

		Answer replaced = scim("PUT", "/scim/v2/Users/" + id, """
				{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"%s","userName":"%s",
				 "name":{"givenName":"Olga","familyName":"Nowak"},
				 "emails":[{"primary":true,"value":"%s","type":"work"}],"active":true}""".formatted(id, email, email));
		assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
		assertThat(replaced.json().get("name").get("familyName").asString()).isEqualTo("Nowak");
		assertThat(member(id).orElseThrow()).satisfies((m) -> {
			assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
			assertThat(m.lastName()).isEqualTo("Nowak");
		});

		Answer byExternal = scim("GET", "/scim/v2/Users?filter=externalId%20eq%20%2200u1okta%22", null);
		assertThat(byExternal.json().get("totalResults").asInt()).isEqualTo(1);
	}

	@Test
	void aPersonWhoIsAlreadyAMemberIsAConflict() {
		Answer again = scim("POST", "/scim/v2/Users", """
				{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s"}""".formatted(this.admin.email()));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("scimType").asString()).isEqualTo("uniqueness");
		assertThat(again.json().get("status").asString()).isEqualTo("409");
	}

	@Test
	void anExistingPersonalAccountJoinsButKeepsItsName() {
		Api.Person someone = this.api.signUp("existing");
		Answer created = scim("POST", "/scim/v2/Users", """
				{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s",
				 "name":{"givenName":"Renamed","familyName":"ByProvider"},"active":false}""".formatted(someone.email()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("id").asString()).isEqualTo(someone.id().toString());
		assertThat(member(someone.id().toString()).orElseThrow()).satisfies((m) -> {
			assertThat(m.status()).isEqualTo(MembershipStatus.BLOCKED);
			assertThat(m.firstName()).isEqualTo("existing");
		});
	}

	@Test
	void theLastAdministratorCannotBeBlockedOrDeleted() {
		String id = this.admin.id().toString();
		Answer blocked = scim("PATCH", "/scim/v2/Users/" + id, """
				{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
				 "Operations":[{"op":"replace","path":"active","value":false}]}""");
		assertThat(blocked.status()).isEqualTo(409);
		assertThat(blocked.json().get("detail").asString()).contains("last active Account Administrator");
		assertThat(scim("DELETE", "/scim/v2/Users/" + id, null).status()).isEqualTo(409);
		assertThat(member(id).orElseThrow().status()).isEqualTo(MembershipStatus.ACTIVE);
	}

	@Test
	void anotherAccountsTokenSeesNoneOfThisAccountsMembers() {
		Api.Person other = this.api.signUp("otheradmin");
		UUID otherBusiness = this.api.createBusiness(other, "Other AG");
		String otherToken = this.tokens.create(otherBusiness, other.id(), "Okta").token();
		String id = this.admin.id().toString();
		assertThat(send("GET", "/scim/v2/Users/" + id, null, otherToken).status()).isEqualTo(404);
		assertThat(send("PATCH", "/scim/v2/Users/" + id, """
				{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
				 "Operations":[{"op":"replace","path":"active","value":false}]}""", otherToken).status()).isEqualTo(404);
		assertThat(send("DELETE", "/scim/v2/Users/" + id, null, otherToken).status()).isEqualTo(404);
		assertThat(send("GET", "/scim/v2/Users?filter=userName%20eq%20%22" + encoded(this.admin.email()) + "%22", null, otherToken)
			.json().get("totalResults").asInt()).isZero();
		assertThat(member(id).orElseThrow().status()).isEqualTo(MembershipStatus.ACTIVE);
	}

	@Test
	void noTokenAnUnknownTokenAndARevokedTokenAre401() {
		for (String bad : new String[] { null, "accord_scim_unknown", this.admin.token() }) {
			Answer refused = send("GET", "/scim/v2/Users", null, bad);
			assertThat(refused.status()).isEqualTo(401);
			assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
			assertThat(refused.json().get("schemas").get(0).asString()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
		}
		UUID tokenId = this.tokens.list(this.business, this.admin.id()).get(0).id();
		assertThat(scim("GET", "/scim/v2/Users", null).status()).isEqualTo(200);
		this.tokens.revoke(this.business, this.admin.id(), tokenId);
		assertThat(scim("GET", "/scim/v2/Users", null).status()).isEqualTo(401);
	}

	@Test
	void twoIdenticalCreatesAtOnceMakeOneMembership() throws Exception {
		String email = Api.uniqueEmail("race");
		String body = """
				{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s",
				 "name":{"givenName":"Race","familyName":"Twice"}}""".formatted(email);
		List<Integer> statuses = Race.of(() -> scim("POST", "/scim/v2/Users", body).status(),
				() -> scim("POST", "/scim/v2/Users", body).status());
		assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		assertThat(this.directory.byEmail(this.business, email)).isPresent();
	}

	@Test
	void listsPageFromAOneBasedStartIndexWithACappedCount() {
		for (int i = 0; i < 3; i++) {
			scim("POST", "/scim/v2/Users", """
					{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s"}""".formatted(Api.uniqueEmail("page")));
		}
		Answer page = scim("GET", "/scim/v2/Users?startIndex=2&count=2", null);
		assertThat(page.json().get("totalResults").asInt()).isEqualTo(4);
		assertThat(page.json().get("startIndex").asInt()).isEqualTo(2);
		assertThat(page.json().get("itemsPerPage").asInt()).isEqualTo(2);
		assertThat(page.json().get("Resources")).hasSize(2);
		assertThat(scim("GET", "/scim/v2/Users?count=100000", null).json().get("Resources")).hasSize(4);
	}

	@Test
	void badInputIsAScimErrorNeverA500() {
		assertThat(scim("GET", "/scim/v2/Users?filter=title%20co%20%22x%22", null).json().get("scimType").asString())
			.isEqualTo("invalidFilter");
		assertThat(scim("GET", "/scim/v2/Users?filter=userName%20eq", null).status()).isEqualTo(400);
		Answer malformed = scim("POST", "/scim/v2/Users", "{\"userName\":");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("scimType").asString()).isEqualTo("invalidSyntax");
		assertThat(scim("POST", "/scim/v2/Users", "{\"userName\":\"not-an-email\"}").status()).isEqualTo(400);
		assertThat(scim("POST", "/scim/v2/Users", "{\"userName\":\"a@example.com\",\"active\":[1]}").status()).isEqualTo(400);
		assertThat(scim("POST", "/scim/v2/Users", "{\"userName\":\"" + "a".repeat(70_000) + "\"}").status()).isEqualTo(413);
		assertThat(ScimClients.send(this.api.baseUrl(), "POST", "/scim/v2/Users", "userName=x", this.token, "text/plain")
			.status()).isEqualTo(415);
		assertThat(scim("PATCH", "/scim/v2/Users/" + this.admin.id(), "{\"Operations\":[{\"op\":\"jump\"}]}").status())
			.isEqualTo(400);
		assertThat(scim("GET", "/scim/v2/Users/not-a-uuid", null).status()).isEqualTo(404);
	}

	@Test
	void discoveryEndpointsDescribeWhatIsSupported() {
		Answer config = scim("GET", "/scim/v2/ServiceProviderConfig", null);
		assertThat(config.status()).isEqualTo(200);
		assertThat(config.json().get("patch").get("supported").asBoolean()).isTrue();
		assertThat(config.json().get("bulk").get("supported").asBoolean()).isFalse();
		assertThat(scim("GET", "/scim/v2/ResourceTypes", null).json().get("Resources").get(0).get("endpoint").asString())
			.isEqualTo("/Users");
		assertThat(scim("GET", "/scim/v2/ResourceTypes/User", null).status()).isEqualTo(200);
		assertThat(scim("GET", "/scim/v2/Schemas", null).json().get("totalResults").asInt()).isEqualTo(1);
		assertThat(scim("GET", "/scim/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:User", null).json()
			.get("attributes")).isNotEmpty();
		assertThat(scim("GET", "/scim/v2/Schemas/urn:nope", null).status()).isEqualTo(404);
	}

	private static String encoded(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	private Answer scim(String method, String path, String body) {
		return send(method, path, body, this.token);
	}

	private Answer send(String method, String path, String body, String bearer) {
		return ScimClients.send(this.api.baseUrl(), method, path, body, bearer);
	}

	private Optional<MemberView> member(String id) {
		return this.directory.one(this.business, UUID.fromString(id));
	}

	private List<String> auditActors() {
		return this.jdbc.sql("SELECT actor_id FROM audit_event WHERE business_account_id = ? AND actor_type = 'PROVIDER'")
			.param(this.business)
			.query(String.class)
			.list();
	}

}
