package dev.accord.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Block, Remove, Deactivate, Blacklist, Delete key, Revoke and Leave ask first: a post without
 * {@code confirmed=true} changes nothing (no audit entry either) and says what will happen; the
 * confirmed post acts once; a repeated or stale confirmation says so instead of failing.
 */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@confirm.example")
class ConfirmationsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Autowired
	Clock clock;

	Person ana;

	Person bob;

	UUID acme;

	String base;

	@BeforeEach
	void anAccountWithAMember() {
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
		this.bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		this.base = "/business/" + this.acme;
	}

	@Test
	void blockSaysWhatWillHappenAndBlocksOnlyWhenConfirmed() throws Exception {
		long entries = auditEntries();
		String question = ask(this.base + "/users/" + this.bob.id() + "/block", false);
		assertThat(question).contains("Block this member?", "bob Member can no longer see or manage anything of ACME",
				"They are told by email (" + this.bob.email() + ").", "class=\"destructive\"",
				"name=\"confirmed\" value=\"true\"");
		assertThat(memberStatus()).isEqualTo("ACTIVE");
		assertThat(auditEntries()).isEqualTo(entries);

		confirm(this.base + "/users/" + this.bob.id() + "/block").andExpect(redirectedUrl(this.base + "/users"));
		assertThat(memberStatus()).isEqualTo("BLOCKED");
		assertThat(auditEntries()).isEqualTo(entries + 1);
		// The same confirmation again (a second tab): nothing more happens.
		confirm(this.base + "/users/" + this.bob.id() + "/block").andExpect(redirectedUrl(this.base + "/users"));
		assertThat(auditEntries()).isEqualTo(entries + 1);
	}

	@Test
	void removeSaysWhatWillHappenAndAStaleConfirmationSaysTheMemberIsGone() throws Exception {
		long entries = auditEntries();
		String question = ask(this.base + "/users/" + this.bob.id() + "/remove", true);
		assertThat(question).doesNotContain("<html").contains("id=\"confirm-dialog\"", "Remove this member?",
				"bob Member loses access to ACME at once.", "They are told by email", "hx-post=");
		assertThat(memberStatus()).isEqualTo("ACTIVE");
		assertThat(auditEntries()).isEqualTo(entries);

		confirm(this.base + "/users/" + this.bob.id() + "/remove").andExpect(redirectedUrl(this.base + "/users"))
			.andExpect(flash().attribute("memberDone", "membership.removed"));
		assertThat(auditEntries()).isEqualTo(entries + 1);
		confirm(this.base + "/users/" + this.bob.id() + "/remove").andExpect(redirectedUrl(this.base + "/users"))
			.andExpect(flash().attribute("notice", "membership.gone"));
		assertThat(auditEntries()).isEqualTo(entries + 1);
	}

	@Test
	void deactivateAndBlacklistSayHowManyComputersAndActOnlyWhenConfirmed() throws Exception {
		String primary = provision();
		activate(primary, "pc-1");
		activate(primary, "pc-2");
		String keyId = keyId(primary);
		List<Map<String, Object>> listed = this.api
			.get("/api/v1/business-accounts/" + this.acme + "/license-keys/" + keyId + "/computers", this.ana.token())
			.items();
		List<String> computers = java.util.stream.Stream.of("PC pc-1", "PC pc-2")
			.map((name) -> listed.stream().filter((c) -> name.equals(c.get("computerName"))).findFirst().orElseThrow()
				.get("id").toString())
			.toList();
		String action = this.base + "/license-keys/" + keyId + "/computers/action";
		long entries = auditEntries();

		String question = html(post(action).param("action", "deactivate").param("computer", computers.get(0))
			.param("computer", computers.get(1)), false);
		assertThat(question).contains("Deactivate computers?", "2 computers of ", "are deactivated",
				"name=\"computer\" value=\"" + computers.get(0) + "\"", "name=\"action\" value=\"deactivate\"");
		question = html(post(action).param("action", "blacklist").param("computer", computers.get(0)), true);
		assertThat(question).contains("Blacklist computers?", "1 computer is blacklisted");
		assertThat(active(primary, "pc-1")).isTrue();
		assertThat(auditEntries()).isEqualTo(entries);

		this.mvc.perform(signedIn(post(action)).param("action", "deactivate").param("computer", computers.get(1))
			.param("confirmed", "true")).andExpect(redirectedUrl(action.replace("/action", "")));
		assertThat(active(primary, "pc-2")).isFalse();
		assertThat(auditEntries()).isEqualTo(entries + 1);
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(signedIn(post(action)).param("action", "blacklist").param("computer", computers.get(0))
				.param("confirmed", "true")).andExpect(redirectedUrl(action.replace("/action", "")));
		}
		assertThat(active(primary, "pc-1")).isFalse();
		// Blacklisted once (one entry, its deactivation included): the repeated confirmation added nothing.
		assertThat(auditEntries()).isEqualTo(entries + 2);
	}

	@Test
	void deleteKeySaysHowManyComputersAndAStaleConfirmationSaysTheKeyIsGone() throws Exception {
		provision();
		UUID subscription = UUID.fromString(this.api
			.get("/api/v1/business-accounts/" + this.acme + "/subscriptions", this.ana.token()).items().get(0)
			.get("id").toString());
		Map<String, Object> key = this.api.post("/api/v1/business-accounts/" + this.acme + "/subscriptions/"
				+ subscription + "/license-keys", Map.of("name", "Berlin", "limit", 2, "type", "DYNAMIC"),
				this.ana.token()).succeeded().map();
		activate((String) key.get("key"), "pc-9");
		String delete = this.base + "/license-keys/" + key.get("id") + "/delete";
		long entries = auditEntries();

		assertThat(ask(delete, false)).contains("Delete this key?", "The key Berlin stops working",
				"1 activated computer is deactivated.");
		assertThat(active((String) key.get("key"), "pc-9")).isTrue();
		assertThat(auditEntries()).isEqualTo(entries);

		confirm(delete).andExpect(redirectedUrl(this.base + "/subscriptions"))
			.andExpect(flash().attribute("notice", "licensing.key.deleted"));
		long afterDelete = auditEntries();
		assertThat(afterDelete).isGreaterThan(entries);
		confirm(delete).andExpect(redirectedUrl(this.base + "/subscriptions"))
			.andExpect(flash().attribute("notice", "licensing.key.gone"));
		assertThat(auditEntries()).isEqualTo(afterDelete);
	}

	@Test
	void revokeSaysWhoseInvitationAndAStaleConfirmationSaysItIsNoLongerPending() throws Exception {
		String carol = Api.uniqueEmail("carol");
		this.api.invite(this.ana, this.acme, carol).succeeded();
		String invitation = this.api.get("/api/v1/business-accounts/" + this.acme + "/invitations?status=PENDING",
				this.ana.token()).items().stream().filter((i) -> carol.equals(i.get("email"))).findFirst()
			.orElseThrow().get("id").toString();
		String revoke = this.base + "/invitations/" + invitation + "/revoke";
		long entries = auditEntries();

		assertThat(ask(revoke, true)).contains("Revoke the invitation?", "The invitation for " + carol + " is revoked");
		assertThat(auditEntries()).isEqualTo(entries);
		assertThat(pending()).contains(carol);

		confirm(revoke).andExpect(redirectedUrl(this.base + "/users")).andExpect(flash().attribute("revoked", true));
		assertThat(pending()).doesNotContain(carol);
		confirm(revoke).andExpect(redirectedUrl(this.base + "/users"))
			.andExpect(flash().attribute("notice", "users.pending.gone"));
		assertThat(auditEntries()).isEqualTo(entries + 1);
	}

	@Test
	void leaveSaysWhatWillHappenAndLeavesOnlyWhenConfirmed() throws Exception {
		long entries = auditEntries();
		String question = this.mvc.perform(post(this.base + "/leave").with(user(Principals.of(this.bob))).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(question).contains("Leave this business account?", "You lose access to ACME at once.");
		assertThat(memberStatus()).isEqualTo("ACTIVE");
		assertThat(auditEntries()).isEqualTo(entries);

		this.mvc.perform(post(this.base + "/leave").with(user(Principals.of(this.bob))).with(csrf())
			.param("confirmed", "true")).andExpect(redirectedUrl("/dashboard"));
		assertThat(this.api.get("/api/v1/business-accounts/" + this.acme + "/members/" + this.bob.id(),
				this.ana.token()).status()).isEqualTo(404);
		assertThat(auditEntries()).isEqualTo(entries + 1);
	}

	private String ask(String path, boolean htmx) throws Exception {
		return html(post(path), htmx);
	}

	private String html(MockHttpServletRequestBuilder request, boolean htmx) throws Exception {
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return this.mvc.perform(signedIn(request)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private org.springframework.test.web.servlet.ResultActions confirm(String path) throws Exception {
		return this.mvc.perform(signedIn(post(path)).param("confirmed", "true"));
	}

	private MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(user(Principals.of(this.ana)));
	}

	private long auditEntries() {
		return this.api.get("/api/v1/business-accounts/" + this.acme + "/audit-events?limit=200", this.ana.token())
			.items().size();
	}

	private String memberStatus() {
		return (String) this.api
			.get("/api/v1/business-accounts/" + this.acme + "/members/" + this.bob.id(), this.ana.token()).map()
			.get("status");
	}

	private String pending() {
		return this.api.get("/api/v1/business-accounts/" + this.acme + "/invitations?status=PENDING", this.ana.token())
			.body();
	}

	private String provision() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		return (String) this.api.post("/api/v1/operator/subscriptions",
				Map.of("product", "Accord Desktop", "seats", 5, "activationDate", today.toString(), "expirationDate",
						today.plusDays(365).toString(), "businessAccountId", this.acme.toString()),
				this.api.operatorToken("operator@confirm.example")).succeeded().map().get("primaryKey");
	}

	private void activate(String key, String device) {
		this.api.post("/api/v1/activations", Map.of("licenseKey", key, "deviceId", device, "computerName", "PC " + device),
				null).succeeded();
	}

	private boolean active(String key, String device) {
		return this.api.post("/api/v1/activations/check-in", Map.of("licenseKey", key, "deviceId", device), null)
			.body().contains("\"valid\":true");
	}

	private String keyId(String key) {
		return this.api.get("/api/v1/business-accounts/" + this.acme + "/license-keys", this.ana.token()).items()
			.stream().filter((k) -> key.equals(k.get("key"))).findFirst().orElseThrow().get("id").toString();
	}

}
