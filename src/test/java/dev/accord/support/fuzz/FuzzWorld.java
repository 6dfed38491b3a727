package dev.accord.support.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * Real data to aim at, made over HTTP only (so it works against a running jar as well as in a test):
 * an administrator with a business account, a member, a pending invitation, a subscription with a
 * primary and an additional key, an activated computer, single sign-on settings, spare tokens, a SCIM
 * token, another tenant, and a browser session of the administrator. The operator's email must be
 * listed in {@code accord.operators}.
 */
public final class FuzzWorld {

	public static final String PASSWORD = "correct-horse-battery";

	public String adminEmail;

	public String adminToken;

	public String memberEmail;

	public String memberToken;

	public String revokedToken;

	public UUID adminId;

	public UUID businessId;

	public UUID memberId;

	public UUID invitationId;

	public String invitationToken;

	public UUID subscriptionId;

	public String primaryKey;

	public UUID primaryKeyId;

	public UUID extraKeyId;

	public UUID computerId;

	public String deviceId = "fuzz-device-1";

	public UUID otherBusinessId;

	/** A domain the business account claimed (pending). */
	public UUID domainId;

	public UUID otherUserId;

	/** A SCIM token of the business account, listed on the User Provisioning (SCIM) page. */
	public UUID scimTokenId;

	public List<UUID> spareTokenIds;

	/** A second signed-in session of the administrator, for the session endpoints to aim at. */
	public UUID spareSessionId;

	public String csrf;

	private final FuzzHttp http;

	/** The administrator's email verification link (following it is harmless to the world). */
	private String verificationToken;

	private final WorldClient client;

	private FuzzWorld(FuzzHttp http) {
		this.http = http;
		this.client = new WorldClient(http);
	}

	public static FuzzWorld build(FuzzHttp http, String operatorEmail) {
		FuzzWorld world = new FuzzWorld(http);
		world.make(operatorEmail);
		return world;
	}

	private void make(String operatorEmail) {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.adminEmail = "fuzz-admin+" + run + "@example.com";
		this.adminId = UUID.fromString(signUp(this.adminEmail).get("id").asString());
		this.adminToken = token(this.adminEmail);
		this.verificationToken = this.client.linkToken(this.adminEmail, "/verify-email?token=");
		this.businessId = business(this.adminToken, "Fuzz GmbH");
		String operator = operatorToken(operatorEmail);
		JsonNode provisioned = call("POST", "/api/v1/operator/subscriptions", operator,
				Map.of("businessAccountId", this.businessId, "product", "Fuzz Pro", "seats", 20, "activationDate",
						LocalDate.now().minusDays(1).toString(), "expirationDate", LocalDate.now().plusYears(1).toString()));
		this.subscriptionId = UUID.fromString(provisioned.get("subscriptionId").asString());
		this.primaryKey = provisioned.get("primaryKey").asString();
		this.primaryKeyId = UUID.fromString(call("GET", "/api/v1/business-accounts/" + this.businessId + "/license-keys",
				this.adminToken, null).get("items").get(0).get("id").asString());
		this.extraKeyId = UUID.fromString(call("POST", "/api/v1/business-accounts/" + this.businessId + "/subscriptions/"
				+ this.subscriptionId + "/license-keys", this.adminToken,
				Map.of("name", "Fuzz extra", "limit", 3, "type", "DYNAMIC")).get("id").asString());
		call("POST", "/api/v1/activations", null,
				Map.of("licenseKey", this.primaryKey, "deviceId", this.deviceId, "computerName", "fuzz-pc"));
		this.computerId = UUID.fromString(call("GET", "/api/v1/business-accounts/" + this.businessId
				+ "/license-keys/" + this.primaryKeyId + "/computers", this.adminToken, null).get("items").get(0).get("id")
			.asString());
		member(run);
		this.domainId = UUID.fromString(call("POST", "/api/v1/business-accounts/" + this.businessId + "/domains",
				this.adminToken, Map.of("name", "fuzz-" + run + ".example")).get("id").asString());
		this.scimTokenId = UUID.fromString(call("POST", "/api/v1/business-accounts/" + this.businessId + "/scim-tokens",
				this.adminToken, Map.of("name", "Fuzz IdP")).get("id").asString());
		// Single sign-on settings for the Single Sign-On page's forms, with an issuer that refuses at once:
		// "Test connection" fails fast instead of waiting on the network.
		call("PUT", "/api/v1/business-accounts/" + this.businessId + "/sso", this.adminToken,
				Map.of("issuer", "https://127.0.0.1:1/realms/fuzz", "clientId", "fuzz", "clientSecret", "fuzz-secret"));
		String pending = "fuzz-pending+" + run + "@example.com";
		this.invitationId = UUID.fromString(invite(pending).get("invitationId").asString());
		this.invitationToken = this.client.joinToken(pending);
		String other = "fuzz-other+" + run + "@example.com";
		this.otherUserId = UUID.fromString(signUp(other).get("id").asString());
		this.otherBusinessId = business(token(other), "Other Tenant Ltd");
		this.spareTokenIds = List.of(tokenId(this.adminEmail), tokenId(this.memberEmail));
		this.revokedToken = revokedToken();
		// A business account of their own each: deleting the account stays refused (last administrator).
		business(this.adminToken, "Fuzz Anchor GmbH");
		business(this.memberToken, "Fuzz Member Anchor GmbH");
		signIn();
		this.spareSessionId = spareSession();
	}

	private void member(String run) {
		this.memberEmail = "fuzz-member+" + run + "@example.com";
		invite(this.memberEmail);
		JsonNode accepted = call("POST", "/api/v1/invitations/" + this.client.joinToken(this.memberEmail) + "/accept", null,
				Map.of("password", PASSWORD, "firstName", "Mia", "lastName", "Member"));
		this.memberId = UUID.fromString(accepted.get("userId").asString());
		this.memberToken = token(this.memberEmail);
	}

	private JsonNode invite(String email) {
		return call("POST", "/api/v1/business-accounts/" + this.businessId + "/invitations", this.adminToken,
				Map.of("language", "en", "emails", List.of(email))).get("results").get(0);
	}

	private JsonNode signUp(String email) {
		return call("POST", "/api/v1/signup", null,
				Map.of("email", email, "password", PASSWORD, "firstName", "Fuzz", "lastName", "Tester", "language", "en"));
	}

	private String token(String email) {
		return call("POST", "/api/v1/tokens", null, Map.of("email", email, "password", PASSWORD, "name", "fuzz"))
			.get("token").asString();
	}

	private UUID tokenId(String email) {
		return UUID.fromString(call("POST", "/api/v1/tokens", null,
				Map.of("email", email, "password", PASSWORD, "name", "spare")).get("id").asString());
	}

	private String revokedToken() {
		JsonNode created = call("POST", "/api/v1/tokens", null,
				Map.of("email", this.adminEmail, "password", PASSWORD, "name", "revoked"));
		call("DELETE", "/api/v1/tokens/" + created.get("id").asString(), this.adminToken, null);
		return created.get("token").asString();
	}

	/** Signs the administrator in a second time and returns that session's id from the session list. */
	private UUID spareSession() {
		FuzzHttp other = new FuzzHttp(this.http.baseUrl());
		String csrfToken = Forms.csrf(other.send(FuzzRequest.of("GET", "/signin", Map.of(), null), true).body());
		other.send(FuzzRequest.of("POST", "/signin", Map.of("Content-Type", "application/x-www-form-urlencoded"),
				"email=" + URLEncoder.encode(this.adminEmail, StandardCharsets.UTF_8) + "&password=" + PASSWORD
						+ "&_csrf=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8)), true);
		for (JsonNode session : call("GET", "/api/v1/me/sessions", this.adminToken, null).get("items")) {
			if (!session.get("current").asBoolean()) {
				return UUID.fromString(session.get("id").asString());
			}
		}
		throw new IllegalStateException("no second session");
	}

	private String operatorToken(String email) {
		FuzzHttp.Answer token = this.client.raw("POST", "/api/v1/tokens", null,
				Map.of("email", email, "password", PASSWORD, "name", "operator"));
		if (token.status() != 201) {
			// Named as Api.operatorToken names it: tests sharing this context may assert the operator's name.
			call("POST", "/api/v1/signup", null, Map.of("email", email, "password", PASSWORD, "firstName", "Op",
					"lastName", "Erator", "language", "en"));
		}
		return token(email);
	}

	private UUID business(String token, String name) {
		return UUID.fromString(call("POST", "/api/v1/business-accounts", token,
				Map.of("companyName", name, "country", "DE", "postcode", "10115", "phone", "+49 30 123456")).get("id")
			.asString());
	}

	/** The main pages, as the administrator sees them, whose forms are fuzzed. */
	public List<String> pages() {
		String business = "/business/" + this.businessId;
		String key = business + "/license-keys/" + this.primaryKeyId;
		return List.of("/dashboard", "/profile", "/security", "/security/two-step/setup", "/account/leaving",
				"/business/new", business + "/dashboard",
				business + "/profile", business + "/profile/edit", business + "/users", business + "/users/invite",
				business + "/users/" + this.memberId, business + "/users/" + this.memberId + "/remove",
				business + "/subscriptions", business + "/subscriptions/" + this.subscriptionId + "/keys/new", key,
				business + "/license-keys/" + this.extraKeyId, key + "/computers", key + "/name",
				key + "/computers/" + this.computerId + "/edit", business + "/activity", business + "/domains",
				business + "/scim", business + "/sso",
				"/join/" + this.invitationToken,
				"/signup", "/signup/business", "/forgot-password", "/verify-email?token=" + this.verificationToken,
				"/change-email?token=unknown");
	}

	/**
	 * Posts that answer with a confirmation (Block, Remove, Revoke, Deactivate, Blacklist, Delete key,
	 * Leave without {@code confirmed=true}): they change nothing, and the confirmed forms they show
	 * are fuzzed too. Path and form body, without the CSRF token.
	 */
	public Map<String, String> confirmations() {
		String business = "/business/" + this.businessId;
		String key = business + "/license-keys/" + this.primaryKeyId;
		Map<String, String> posts = new java.util.LinkedHashMap<>();
		posts.put(business + "/users/" + this.memberId + "/block", "");
		posts.put(business + "/users/" + this.memberId + "/remove", "");
		posts.put(business + "/invitations/" + this.invitationId + "/revoke", "");
		posts.put(key + "/computers/action", "action=deactivate&computer=" + this.computerId);
		posts.put(key + "/computers/action?", "action=blacklist&computer=" + this.computerId);
		posts.put(business + "/license-keys/" + this.extraKeyId + "/delete", "");
		posts.put(business + "/domains/" + this.domainId + "/remove", "");
		posts.put(business + "/scim/tokens/" + this.scimTokenId + "/revoke", "");
		posts.put(business + "/leave", "");
		return posts;
	}

	/** Signs the administrator in through the sign-in form; the session is kept in {@link FuzzHttp}. */
	public void signIn() {
		FuzzHttp.Answer page = this.http.send(FuzzRequest.of("GET", "/signin", Map.of(), null), true);
		String csrfToken = Forms.csrf(page.body());
		String form = "email=" + URLEncoder.encode(this.adminEmail, StandardCharsets.UTF_8) + "&password=" + PASSWORD
				+ "&_csrf=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8);
		FuzzHttp.Answer signedIn = this.http.send(FuzzRequest.of("POST", "/signin",
				Map.of("Content-Type", "application/x-www-form-urlencoded"), form), true);
		if (signedIn.status() != 302 || signedIn.location().contains("error")) {
			throw new IllegalStateException("sign-in failed: " + signedIn);
		}
		this.csrf = Forms.csrf(this.http.send(FuzzRequest.of("GET", "/security", Map.of(), null), true).body());
	}

	private JsonNode call(String method, String path, String token, Object body) {
		return this.client.call(method, path, token, body);
	}

}
