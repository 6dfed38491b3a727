package dev.accord.business;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The world of the permission table of spec §1, for what exists now: one business account with an
 * Account Administrator, a Regular Member, a License Administrator of one key, a blocked member,
 * an outsider (signed in, not a member) and an anonymous visitor, and the placeholders the rows
 * use. Allowed actions that destroy something act on fresh objects. The API and the pages each
 * have their table ({@link ApiPermissionTableIntegrationTests}, {@link PagePermissionTableIntegrationTests}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PermissionTableSupport {

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

	static Stream<Arguments> expand(Stream<Arguments> rows) {
		return rows.flatMap((row) -> {
			Object[] r = row.get();
			int[] expected = (int[]) r[4];
			return Stream.of(Actor.values())
				.map((actor) -> Arguments.of(r[0], actor, r[1], r[2], r[3], expected[actor.ordinal()]));
		});
	}

	static Arguments row(String action, String method, String path, String body, int... expected) {
		return Arguments.of(action, method, path, body, expected);
	}

	Person actorFor(Actor actor, String path) {
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

	String resolve(String text) {
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
		if (resolved.contains("{domain}")) {
			resolved = resolved.replace("{domain}", domain());
		}
		if (resolved.contains("{fresh-domain}")) {
			resolved = resolved.replace("{fresh-domain}", newDomain());
		}
		resolved = resolved.replace("{fresh-domain-name}", freshDomainName());
		if (resolved.contains("{fresh-scim-token}")) {
			resolved = resolved.replace("{fresh-scim-token}", this.api
				.post("/api/v1/business-accounts/" + this.account + "/scim-tokens", Map.of("name", "fresh"), this.admin.token())
				.succeeded()
				.map()
				.get("id")
				.toString());
		}
		return resolved.replace("{fresh-email}", Api.uniqueEmail("invitee"));
	}

	private String domain;

	/** A domain the account claimed, made once. */
	private String domain() {
		if (this.domain == null) {
			this.domain = newDomain();
		}
		return this.domain;
	}

	private String newDomain() {
		return this.api.post("/api/v1/business-accounts/" + this.account + "/domains", Map.of("name", freshDomainName()),
				this.admin.token()).succeeded().map().get("id").toString();
	}

	private static String freshDomainName() {
		return "p" + UUID.randomUUID().toString().substring(0, 8) + ".example";
	}

	private String invitationFor(String email) {
		this.api.invite(this.admin, this.account, email).succeeded();
		List<Map<String, Object>> items = this.api
			.get("/api/v1/business-accounts/" + this.account + "/invitations?status=PENDING", this.admin.token())
			.items();
		return items.stream().filter((i) -> email.equals(i.get("email"))).findFirst().orElseThrow().get("id").toString();
	}

}
