package dev.accord.business;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dev.accord.account.Principals;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The permission table of spec §1, for what exists now: every action over the API and the pages,
 * for an Account Administrator, a Regular Member, a License Administrator of one key, a blocked
 * member, an outsider (signed in, not a member) and an anonymous visitor. Allowed actions that destroy something act on fresh objects.
 */
@AccordIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionTableIntegrationTests {

	enum Actor {

		ADMIN, REGULAR, LICENSE_ADMIN, BLOCKED, OUTSIDER, ANONYMOUS

	}

	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	Person admin;

	Person regular;

	Person blocked;

	Person outsider;

	Person target;

	UUID account;

	String invitation;

	Person licenseAdmin;

	String subscription;

	String primaryKey;

	String delegatedKey;

	String otherKey;

	String delegatedKeyValue;

	@Autowired
	dev.accord.licensing.ProvisioningService provisioning;

	@Autowired
	dev.accord.licensing.DeviceService devices;

	@BeforeAll
	void oneBusinessAccountWithEveryKindOfActor() {
		this.admin = this.api.signUp("admin");
		this.account = this.api.createBusiness(this.admin, "ACME");
		this.regular = this.api.inviteAndJoin(this.admin, this.account, "regular");
		this.blocked = this.api.inviteAndJoin(this.admin, this.account, "blocked");
		this.target = this.api.inviteAndJoin(this.admin, this.account, "target");
		this.api.patch("/api/v1/business-accounts/" + this.account + "/members/" + this.blocked.id(),
				Map.of("status", "BLOCKED"), this.admin.token()).succeeded();
		this.outsider = this.api.signUp("outsider");
		this.api.createBusiness(this.outsider, "Elsewhere");
		this.invitation = invitationFor(Api.uniqueEmail("pending"));
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		this.subscription = this.provisioning
			.provisionAsSystem(this.account, "Product", 100, today.minusDays(1), today.plusYears(1))
			.subscriptionId()
			.toString();
		String keys = "/api/v1/business-accounts/" + this.account + "/subscriptions/" + this.subscription
				+ "/license-keys";
		this.delegatedKey = (String) this.api.post(keys, Map.of("name", "Delegated", "limit", 20, "type", "RESERVED"),
				this.admin.token()).map().get("id");
		this.otherKey = (String) this.api.post(keys, Map.of("name", "Other", "limit", 20, "type", "DYNAMIC"),
				this.admin.token()).map().get("id");
		List<Map<String, Object>> all = this.api.get("/api/v1/business-accounts/" + this.account + "/license-keys",
				this.admin.token()).items();
		this.primaryKey = all.stream().filter((k) -> "PRIMARY".equals(k.get("type"))).findFirst().orElseThrow()
			.get("id").toString();
		this.delegatedKeyValue = all.stream().filter((k) -> this.delegatedKey.equals(k.get("id"))).findFirst()
			.orElseThrow().get("key").toString();
		this.licenseAdmin = this.api.inviteAndJoin(this.admin, this.account, "keyadmin");
		this.api.send("PUT", "/api/v1/business-accounts/" + this.account + "/license-keys/" + this.delegatedKey
				+ "/administrators/" + this.licenseAdmin.id(), null, this.admin.token()).succeeded();
	}

	// Expected answers per actor: ADMIN, REGULAR, LICENSE_ADMIN (of the "Delegated" key), BLOCKED, OUTSIDER, ANONYMOUS.
	static Stream<Arguments> api() {
		return Stream.of(
				row("see Business Profile", "GET", "/business-accounts/{id}", null, 200, 200, 200, 404, 404, 401),
				row("edit company information", "PATCH", "/business-accounts/{id}", "{\"companyName\":\"ACME\"}", 200,
						403, 403, 404, 404, 401),
				row("see the Business Account Users list", "GET", "/business-accounts/{id}/members", null, 200, 403, 403,
						404, 404, 401),
				row("see one member", "GET", "/business-accounts/{id}/members/{member}", null, 200, 403, 403, 404, 404,
						401),
				row("change a member's notes", "PATCH", "/business-accounts/{id}/members/{member}",
						"{\"notes\":\"n\"}", 200, 403, 403, 404, 404, 401),
				row("block a member", "PATCH", "/business-accounts/{id}/members/{fresh-member}",
						"{\"status\":\"BLOCKED\"}", 200, 403, 403, 404, 404, 401),
				row("remove a member", "DELETE", "/business-accounts/{id}/members/{fresh-member}", null, 204, 403, 403,
						404, 404, 401),
				row("see pending invitations", "GET", "/business-accounts/{id}/invitations", null, 200, 403, 403, 404,
						404, 401),
				row("invite users", "POST", "/business-accounts/{id}/invitations",
						"{\"language\":\"en\",\"emails\":[\"{fresh-email}\"]}", 200, 403, 403, 404, 404, 401),
				row("resend an invitation", "POST", "/business-accounts/{id}/invitations/{invitation}/resend", null, 200,
						403, 403, 404, 404, 401),
				row("revoke an invitation", "DELETE", "/business-accounts/{id}/invitations/{fresh-invitation}", null,
						204, 403, 403, 404, 404, 401),
				row("leave the business account", "POST", "/business-accounts/{id}/leave", null, 409, 204, 204, 404, 404,
						401),
				row("see subscriptions", "GET", "/business-accounts/{id}/subscriptions", null, 200, 403, 200, 404, 404,
						401),
				row("rename a subscription", "PATCH", "/business-accounts/{id}/subscriptions/{subscription}",
						"{\"name\":\"Product\"}", 200, 403, 403, 404, 404, 401),
				row("Register Key (an unknown key: refused after the rights check)", "POST",
						"/business-accounts/{id}/license-keys/register", "{\"key\":\"ACRD-00000-00000-00000-00000-00000\"}",
						422, 403, 403, 404, 404, 401),
				row("see license keys", "GET", "/business-accounts/{id}/license-keys", null, 200, 403, 200, 404, 404, 401),
				row("see key K's computers", "GET", "/business-accounts/{id}/license-keys/{delegated}/computers", null,
						200, 403, 200, 404, 404, 401),
				row("see another key's computers", "GET", "/business-accounts/{id}/license-keys/{other}/computers", null,
						200, 403, 403, 404, 404, 401),
				row("deactivate a computer of K", "POST",
						"/business-accounts/{id}/license-keys/{delegated}/computers/{fresh-computer}/deactivate", null, 204,
						403, 204, 404, 404, 401),
				row("create an additional key (K is not the primary key)", "POST",
						"/business-accounts/{id}/subscriptions/{subscription}/license-keys",
						"{\"name\":\"x\",\"limit\":1,\"type\":\"DYNAMIC\"}", 201, 403, 403, 404, 404, 401),
				row("edit key K (K is not the primary key)", "PATCH", "/business-accounts/{id}/license-keys/{delegated}",
						"{\"name\":\"Delegated\"}", 200, 403, 403, 404, 404, 401),
				row("grant License Administrator rights", "PUT",
						"/business-accounts/{id}/license-keys/{other}/administrators/{member}", null, 204, 403, 403, 404,
						404, 401),
				row("see the account's audit log", "GET", "/business-accounts/{id}/audit-events", null, 200, 403, 403,
						404, 404, 401),
				row("export the account's audit log", "GET", "/business-accounts/{id}/audit-events.csv", null, 200,
						403, 403, 404, 404, 401));
	}

	static Stream<Arguments> pages() {
		return Stream.of(row("Dashboard", "GET", "/business/{id}/dashboard", null, 200, 200, 200, 404, 404, 302),
				row("Business Profile", "GET", "/business/{id}/profile", null, 200, 200, 200, 404, 404, 302),
				row("Edit Company Information", "GET", "/business/{id}/profile/edit", null, 200, 403, 403, 404, 404,
						302),
				row("Business Account Users", "GET", "/business/{id}/users", null, 200, 403, 403, 404, 404, 302),
				row("Invite Users dialog", "GET", "/business/{id}/users/invite", null, 200, 403, 403, 404, 404, 302),
				row("membership dialog", "GET", "/business/{id}/users/{member}", null, 200, 403, 403, 404, 404, 302),
				row("save a membership", "POST", "/business/{id}/users/{member}", "role=REGULAR_MEMBER&notes=x", 302,
						403, 403, 404, 404, 302),
				row("block from the dialog", "POST", "/business/{id}/users/{fresh-member}/block", "", 302, 403, 403, 404,
						404, 302),
				row("remove from the dialog", "POST", "/business/{id}/users/{fresh-member}/remove", "", 302, 403, 403,
						404, 404, 302),
				row("resend from the list", "POST", "/business/{id}/invitations/{invitation}/resend", "", 302, 403, 403,
						404, 404, 302),
				row("revoke from the list", "POST", "/business/{id}/invitations/{fresh-invitation}/revoke", "", 302, 403,
						403, 404, 404, 302),
				row("Subscriptions", "GET", "/business/{id}/subscriptions", null, 200, 403, 200, 404, 404, 302),
				row("key K", "GET", "/business/{id}/license-keys/{delegated}", null, 200, 403, 200, 404, 404, 302),
				row("another key", "GET", "/business/{id}/license-keys/{other}", null, 200, 403, 403, 404, 404, 302),
				row("registered computers of K", "GET", "/business/{id}/license-keys/{delegated}/computers", null, 200,
						403, 200, 404, 404, 302),
				row("Export to CSV of K", "GET", "/business/{id}/license-keys/{delegated}/computers.csv", null, 200, 403,
						200, 404, 404, 302),
				row("rename key K by clicking its name", "GET", "/business/{id}/license-keys/{delegated}/name?edit=true",
						null, 200, 403, 403, 404, 404, 302),
				row("Activity", "GET", "/business/{id}/activity", null, 200, 403, 403, 404, 404, 302),
				row("Export Activity to CSV", "GET", "/business/{id}/activity.csv", null, 200, 403, 403, 404, 404,
						302));
	}

	@ParameterizedTest(name = "API: {0} as {1} answers {5}")
	@MethodSource("apiRows")
	void theApiAllowsAndDeniesAsTheTableSays(String action, Actor actor, String method, String path, String body,
			int expected) {
		Person who = actorFor(actor, path);
		String token = (who != null) ? who.token() : null;
		int status = this.api.send(method, "/api/v1" + resolve(path), (body != null) ? resolve(body) : null, token)
			.status();

		assertThat(status).as(action + " as " + actor).isEqualTo(expected);
	}

	@ParameterizedTest(name = "page: {0} as {1} answers {5}")
	@MethodSource("pageRows")
	void thePagesAllowAndDenyAsTheTableSays(String action, Actor actor, String method, String path, String body,
			int expected) throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), resolve(path));
		if (body != null && !body.isEmpty()) {
			for (String pair : body.split("&")) {
				String[] kv = pair.split("=", 2);
				request.param(kv[0], kv[1]);
			}
		}
		Person who = actorFor(actor, path);
		if (who != null) {
			request.with(user(Principals.of(who)));
		}
		int status = this.mvc.perform(request.with(csrf())).andReturn().getResponse().getStatus();

		assertThat(status).as(action + " as " + actor).isEqualTo(expected);
	}

	Stream<Arguments> apiRows() {
		return expand(api());
	}

	Stream<Arguments> pageRows() {
		return expand(pages());
	}

	private static Stream<Arguments> expand(Stream<Arguments> rows) {
		return rows.flatMap((row) -> {
			Object[] r = row.get();
			int[] expected = (int[]) r[4];
			return Stream.of(Actor.values())
				.map((actor) -> Arguments.of(r[0], actor, r[1], r[2], r[3], expected[actor.ordinal()]));
		});
	}

	private static Arguments row(String action, String method, String path, String body, int... expected) {
		return Arguments.of(action, method, path, body, expected);
	}

	private Person actorFor(Actor actor, String path) {
		return switch (actor) {
			case ADMIN -> this.admin;
			// Leaving is allowed for a Regular Member: let a fresh one leave, so the others stay.
			case REGULAR -> path.endsWith("/leave") ? this.api.inviteAndJoin(this.admin, this.account, "leaver")
					: this.regular;
			// A License Administrator who leaves is a member leaving: a fresh member leaves instead.
			case LICENSE_ADMIN -> path.endsWith("/leave") ? this.api.inviteAndJoin(this.admin, this.account, "leaver")
					: this.licenseAdmin;
			case BLOCKED -> this.blocked;
			case OUTSIDER -> this.outsider;
			case ANONYMOUS -> null;
		};
	}

	private String resolve(String text) {
		String resolved = text.replace("{id}", this.account.toString())
			.replace("{subscription}", this.subscription)
			.replace("{delegated}", this.delegatedKey)
			.replace("{other}", this.otherKey)
			.replace("{member}", this.target.id().toString())
			.replace("{invitation}", this.invitation);
		if (resolved.contains("{fresh-member}")) {
			resolved = resolved.replace("{fresh-member}",
					this.api.inviteAndJoin(this.admin, this.account, "fresh").id().toString());
		}
		if (resolved.contains("{fresh-invitation}")) {
			resolved = resolved.replace("{fresh-invitation}", invitationFor(Api.uniqueEmail("fresh")));
		}
		if (resolved.contains("{fresh-computer}")) {
			String device = "device-" + UUID.randomUUID();
			this.devices.activate(this.delegatedKeyValue,
					new dev.accord.licensing.DeviceService.Device(device, "PC", null, null, null));
			String computer = this.api.get("/api/v1/business-accounts/" + this.account + "/license-keys/"
					+ this.delegatedKey + "/computers?limit=200", this.admin.token())
				.items()
				.stream()
				.filter((c) -> device.equals(c.get("deviceId")))
				.findFirst()
				.orElseThrow()
				.get("id")
				.toString();
			resolved = resolved.replace("{fresh-computer}", computer);
		}
		return resolved.replace("{fresh-email}", Api.uniqueEmail("invitee"));
	}

	private String invitationFor(String email) {
		this.api.invite(this.admin, this.account, email).succeeded();
		List<Map<String, Object>> items = this.api
			.get("/api/v1/business-accounts/" + this.account + "/invitations?status=PENDING", this.admin.token())
			.items();
		return items.stream().filter((i) -> email.equals(i.get("email"))).findFirst().orElseThrow().get("id").toString();
	}

}
