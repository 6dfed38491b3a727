package dev.accord.invitation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Race;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import dev.accord.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.accord.invitation.Invites.invite;
import static org.assertj.core.api.Assertions.assertThat;

@AccordIntegrationTest
class InvitationApiIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	Person ana;

	UUID acme;

	@BeforeEach
	void anAccountWithAnAdministrator() {
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
	}

	@Test
	void anInvitedPersonJoinsWithANewAccountAsRegularMember() {
		String bob = Api.uniqueEmail("bob");

		Response invited = this.api.invite(this.ana, this.acme, bob.toUpperCase());
		assertThat(invited.status()).isEqualTo(200);
		assertThat(invited.body()).contains("\"outcome\":\"INVITED\"", bob);
		Map<String, Object> mail = this.api.awaitMail(bob, 1);
		assertThat((String) mail.get("subject")).isEqualTo("ana Tester invited you to join ACME");
		String token = Api.joinToken(mail);

		Response details = this.api.get("/api/v1/invitations/" + token, null);
		assertThat(details.map()).containsEntry("companyName", "ACME").containsEntry("email", bob)
			.containsEntry("inviterName", "ana Tester").containsEntry("accountExists", false)
			.containsEntry("language", "en");

		Response accepted = this.api.post("/api/v1/invitations/" + token + "/accept",
				Map.of("password", Api.PASSWORD, "firstName", "Bob", "lastName", "Lee"), null);
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.map()).containsEntry("businessAccountId", this.acme.toString())
			.containsEntry("role", "REGULAR_MEMBER");

		String bobToken = (String) this.api.post("/api/v1/tokens",
				Map.of("email", bob, "password", Api.PASSWORD, "name", "t"), null).map().get("token");
		assertThat(this.api.get("/api/v1/business-accounts/" + this.acme, bobToken).body())
			.contains("\"role\":\"REGULAR_MEMBER\"");
		assertThat(this.api.post("/api/v1/invitations/" + token + "/accept", Map.of("password", Api.PASSWORD), null)
			.code()).isEqualTo("INVITATION_USED");
		assertThat(this.api.get("/api/v1/invitations/" + token, null).status()).isEqualTo(410);
	}

	@Test
	void theLinkHoldsA256BitTokenOfWhichOnlyTheHashIsStored() {
		String bob = Api.uniqueEmail("bob");
		this.api.invite(this.ana, this.acme, bob).succeeded();
		String token = Api.joinToken(this.api.awaitMail(bob, 1));

		List<String> stored = this.jdbc.sql("SELECT token_hash FROM invitation WHERE email = ?").param(bob)
			.query(String.class).list();

		assertThat(token).hasSizeGreaterThanOrEqualTo(43);
		assertThat(stored).singleElement().satisfies((hash) -> {
			assertThat(hash).matches("[0-9a-f]{64}").isNotEqualTo(token);
			assertThat(hash).isEqualTo(dev.accord.platform.SecureTokens.sha256(token));
		});
	}

	@Test
	void anExistingAccountJoinsWithItsPasswordOnly() {
		Person bob = this.api.signUp("bob");
		this.api.invite(this.ana, this.acme, bob.email()).succeeded();
		String token = Api.joinToken(this.api.awaitMail(bob.email(), 1));
		assertThat(this.api.get("/api/v1/invitations/" + token, null).map()).containsEntry("accountExists", true);

		Response wrong = this.api.post("/api/v1/invitations/" + token + "/accept", Map.of("password", "wrong-password"),
				null);
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(this.api.get("/api/v1/business-accounts/" + this.acme, bob.token()).status()).isEqualTo(404);

		Response accepted = this.api.post("/api/v1/invitations/" + token + "/accept",
				Map.of("password", Api.PASSWORD, "firstName", "Ignored", "lastName", "Ignored"), null);
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.map()).containsEntry("userId", bob.id().toString());
		assertThat(this.api.get("/api/v1/me", bob.token()).map()).containsEntry("firstName", "bob");
	}

	@Test
	void invitingAMemberAnswersAlreadyMemberAndAPendingAddressResentWithAFreshLink() {
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		String carol = Api.uniqueEmail("carol");
		this.api.invite(this.ana, this.acme, carol).succeeded();
		String firstToken = Api.joinToken(this.api.awaitMail(carol, 1));

		Response again = this.api.invite(this.ana, this.acme, carol, bob.email(), this.ana.email());

		assertThat(again.status()).isEqualTo(200);
		assertThat(outcomes(again)).containsExactly(Map.entry(carol, "RESENT"), Map.entry(bob.email(), "ALREADY_MEMBER"),
				Map.entry(this.ana.email(), "ALREADY_MEMBER"));
		String secondToken = Api.joinToken(this.api.awaitMail(carol, 2));
		assertThat(secondToken).isNotEqualTo(firstToken);
		assertThat(this.api.get("/api/v1/invitations/" + firstToken, null).code()).isEqualTo("INVITATION_REPLACED");
		assertThat(this.api.get("/api/v1/invitations/" + secondToken, null).status()).isEqualTo(200);
		assertThat(this.api.get("/api/v1/business-accounts/" + this.acme + "/invitations?status=PENDING", this.ana.token())
			.items()).extracting((i) -> i.get("email")).containsExactly(carol);
	}

	@Test
	void aMalformedAddressInABatchSendsNothing() {
		String ok = Api.uniqueEmail("ok");

		Response response = this.api.invite(this.ana, this.acme, ok, "not an address", "x@y");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
		assertThat(response.errors()).containsOnlyKeys("emails[1]", "emails[2]");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM invitation WHERE email = ?").param(ok).query(Long.class).single())
			.isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?").param(ok).query(Long.class)
			.single()).isZero();
	}

	@Test
	void moreThan500AddressesInOneRequestAre429() {
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < 501; i++) {
			emails.add("person" + i + "@example.com");
		}

		Response response = invite(emails).sentBy(this.api, this.ana, this.acme);

		assertThat(response.status()).isEqualTo(429);
		assertThat(response.code()).isEqualTo("RATE_LIMITED");
	}

	@Test
	void revokedAndExpiredLinksCannotJoin() {
		String bob = Api.uniqueEmail("bob");
		String carol = Api.uniqueEmail("carol");
		this.api.invite(this.ana, this.acme, bob).succeeded();
		invite(carol).validFor(1).sentBy(this.api, this.ana, this.acme).succeeded();
		String bobToken = Api.joinToken(this.api.awaitMail(bob, 1));
		String carolToken = Api.joinToken(this.api.awaitMail(carol, 1));
		String bobInvitation = id(bob);

		assertThat(this.api.delete("/api/v1/business-accounts/" + this.acme + "/invitations/" + bobInvitation,
				this.ana.token()).status()).isEqualTo(204);
		this.clock.advance(Duration.ofDays(1).plusMinutes(1));

		Map<String, String> join = Map.of("password", Api.PASSWORD, "firstName", "X", "lastName", "Y");
		assertThat(this.api.post("/api/v1/invitations/" + bobToken + "/accept", join, null).code())
			.isEqualTo("INVITATION_REVOKED");
		assertThat(this.api.post("/api/v1/invitations/" + carolToken + "/accept", join, null).code())
			.isEqualTo("INVITATION_EXPIRED");
		assertThat(this.api.get("/api/v1/invitations/" + carolToken, null).status()).isEqualTo(410);
		assertThat(this.api.post("/api/v1/invitations/unknown-token/accept", join, null).status()).isEqualTo(404);
		assertThat(this.api.post("/api/v1/tokens", Map.of("email", carol, "password", Api.PASSWORD, "name", "t"), null)
			.status()).isEqualTo(401);
	}

	@Test
	void aRegularMemberCannotInviteOrSeeInvitations() {
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		String path = "/api/v1/business-accounts/" + this.acme + "/invitations";

		assertThat(this.api.invite(bob, this.acme, Api.uniqueEmail("x")).status()).isEqualTo(403);
		assertThat(this.api.get(path, bob.token()).status()).isEqualTo(403);
	}

	@Test
	void anotherTenantCannotListResendOrRevoke() {
		Person eve = this.api.signUp("eve");
		this.api.createBusiness(eve, "Evil");
		String bob = Api.uniqueEmail("bob");
		this.api.invite(this.ana, this.acme, bob).succeeded();
		String path = "/api/v1/business-accounts/" + this.acme + "/invitations";
		String invitation = id(bob);

		assertThat(this.api.get(path, eve.token()).status()).isEqualTo(404);
		assertThat(this.api.invite(eve, this.acme, "x@example.com").status()).isEqualTo(404);
		assertThat(this.api.post(path + "/" + invitation + "/resend", null, eve.token()).status()).isEqualTo(404);
		assertThat(this.api.delete(path + "/" + invitation, eve.token()).status()).isEqualTo(404);
		assertThat(this.api.get(path + "?status=PENDING", this.ana.token()).items()).hasSize(1);
	}

	@RepeatedTest(3)
	void twoSimultaneousAcceptsOfOneLinkMakeOneMembership() throws Exception {
		String bob = Api.uniqueEmail("bob");
		this.api.invite(this.ana, this.acme, bob).succeeded();
		String token = Api.joinToken(this.api.awaitMail(bob, 1));
		Map<String, String> join = Map.of("password", Api.PASSWORD, "firstName", "Bob", "lastName", "Lee");

		List<Response> responses = Race.of(() -> this.api.post("/api/v1/invitations/" + token + "/accept", join, null),
				() -> this.api.post("/api/v1/invitations/" + token + "/accept", join, null));

		assertThat(responses).extracting(Response::status).containsExactlyInAnyOrder(200, 410);
		assertThat(responses).filteredOn((r) -> r.status() == 410).extracting(Response::code)
			.containsExactly("INVITATION_USED");
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM membership m JOIN user_account u ON u.id = m.user_id
				WHERE m.business_account_id = ? AND u.email = ?""").params(this.acme, bob).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void invitationsArePagedNewestFirstByCursor() {
		List<String> invited = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			this.clock.advance(Duration.ofMinutes(1));
			invited.add(0, Api.uniqueEmail("p" + i));
			this.api.invite(this.ana, this.acme, invited.get(0)).succeeded();
		}

		List<Object> seen = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			Response page = this.api.get("/api/v1/business-accounts/" + this.acme + "/invitations?limit=2"
					+ ((cursor != null) ? "&cursor=" + cursor : ""), this.ana.token());
			page.items().forEach((i) -> seen.add(i.get("email")));
			cursor = (String) page.map().get("nextCursor");
			pages++;
		}
		while (cursor != null);

		assertThat(pages).isEqualTo(3);
		assertThat(seen).containsExactlyElementsOf(invited);
	}

	@Test
	void aScriptInTheInvitersNameIsTextInTheEmail() {
		Person mallory = this.api.signUp("mallory", "<script>alert(1)</script>");
		UUID business = this.api.createBusiness(mallory, "<b>Bold</b> Inc");
		String bob = Api.uniqueEmail("bob");
		this.api.invite(mallory, business, bob).succeeded();

		Map<String, Object> mail = this.api.awaitMail(bob, 1);

		assertThat((String) mail.get("html")).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;Bold&lt;/b&gt; Inc")
			.doesNotContain("<script>", "<b>Bold");
	}

	private String id(String email) {
		return this.jdbc.sql("SELECT id FROM invitation WHERE email = ?").param(email).query(UUID.class).single()
			.toString();
	}

	private static List<Map.Entry<String, String>> outcomes(Response response) {
		return Invites.results(response).stream().map((r) -> Map.entry(r.email(), r.outcome().name())).toList();
	}

}
