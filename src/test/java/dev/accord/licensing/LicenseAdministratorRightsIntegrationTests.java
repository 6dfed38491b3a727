package dev.accord.licensing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.licensing.LicensingFixtures.TestKey;
import dev.accord.licensing.LicensingFixtures.TestSubscription;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import dev.accord.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** License Administrators over the HTTP API: what they see and manage, who may be one, by invitation. */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@licensing.example")
class LicenseAdministratorRightsIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	Person ana;

	UUID acme;

	LicensingFixtures licensing;

	@BeforeEach
	void anOperatorAndABusinessAccount() {
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
		this.licensing = new LicensingFixtures(this.api, this.clock, this.api.operatorToken("operator@licensing.example"),
				this.acme, this.ana);
	}

	@Test
	void aLicenseAdministratorOfKeyKSeesAndManagesOnlyK() {
		TestSubscription subscription = this.licensing.aSubscription().withSeats(10).provision();
		String primary = subscription.primaryKey();
		TestKey berlin = subscription.aKey("Berlin").reserved(3).create();
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		String base = this.licensing.base();

		assertThat(this.api.send("PUT", base + "/license-keys/" + berlin.id() + "/administrators/" + bob.id(), null,
				this.ana.token()).status()).isEqualTo(204);

		assertThat(this.api.get(base + "/license-keys", bob.token()).items()).extracting((k) -> k.get("id"))
			.containsExactly(berlin.id());
		assertThat(this.api.get(base + "/subscriptions", bob.token()).items()).hasSize(1);
		assertThat(this.api.patch(base + "/license-keys/" + berlin.id(), Map.of("name", "Mine"), bob.token())
			.status()).isEqualTo(403);
		assertThat(this.api.patch(base + "/license-keys/" + this.licensing.keyId(primary), Map.of("name", "Mine"),
				bob.token()).status()).isEqualTo(403);
		assertThat(this.api.get(base + "/license-keys/" + this.licensing.keyId(primary) + "/computers", bob.token())
			.status()).isEqualTo(403);
		assertThat(this.api.get(base + "/license-keys/" + berlin.id() + "/computers", bob.token()).status())
			.isEqualTo(200);
		assertThat(this.api.patch(base + "/subscriptions/" + subscription.id(), Map.of("autoRenew", true), bob.token())
			.status()).isEqualTo(403);
		assertThat(this.api.get(base + "/members", bob.token()).status()).isEqualTo(403);
		assertThat(this.api.post(base + "/subscriptions/" + subscription.id() + "/license-keys",
				Map.of("name", "X", "limit", 1, "type", "DYNAMIC"), bob.token()).status()).isEqualTo(403);

		this.api.patch(base + "/members/" + bob.id(), Map.of("status", "BLOCKED"), this.ana.token()).succeeded();
		this.api.patch(base + "/members/" + bob.id(), Map.of("status", "ACTIVE"), this.ana.token()).succeeded();
		assertThat(this.api.get(base + "/license-keys", bob.token()).status()).isEqualTo(403);
	}

	@Test
	void anAccountAdministratorCannotBeMadeALicenseAdministrator() {
		String primary = this.licensing.aSubscription().withSeats(2).provision().primaryKey();
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		this.api.patch(this.licensing.base() + "/members/" + bob.id(), Map.of("role", "ACCOUNT_ADMINISTRATOR"),
				this.ana.token()).succeeded();

		Response refused = this.api.send("PUT", this.licensing.base() + "/license-keys/" + this.licensing.keyId(primary)
				+ "/administrators/" + bob.id(), null, this.ana.token());

		assertThat(refused.status()).isEqualTo(422);
		assertThat(this.api.send("PUT", this.licensing.base() + "/license-keys/" + this.licensing.keyId(primary)
				+ "/administrators/" + UUID.randomUUID(), null, this.ana.token()).status()).isEqualTo(422);
	}

	@Test
	void anInvitationCanMakeTheInvitedPersonLicenseAdministratorOfChosenKeys() {
		TestSubscription subscription = this.licensing.aSubscription().withSeats(4).provision();
		String berlin = subscription.aKey("Berlin").reserved(2).create().id();
		String carol = Api.uniqueEmail("carol");
		String invitations = this.licensing.base() + "/invitations";

		Person eve = this.api.signUp("eve");
		UUID other = this.api.createBusiness(eve, "Other");
		assertThat(this.api.post(invitations, Map.of("language", "en", "emails", List.of(carol), "licenseKeyIds",
				List.of(UUID.randomUUID().toString())), this.ana.token()).status()).isEqualTo(422);
		assertThat(this.api.post(invitations,
				Map.of("language", "en", "emails", List.of(carol), "licenseKeyIds", List.of(berlin)), this.ana.token())
			.status()).isEqualTo(200);
		String token = Api.joinToken(this.api.awaitMail(carol, 1));
		this.api.post("/api/v1/invitations/" + token + "/accept",
				Map.of("password", Api.PASSWORD, "firstName", "Carol", "lastName", "Lee"), null).succeeded();
		String carolToken = (String) this.api.post("/api/v1/tokens",
				Map.of("email", carol, "password", Api.PASSWORD, "name", "t"), null).map().get("token");

		assertThat(this.api.get(this.licensing.base() + "/license-keys", carolToken).items())
			.extracting((k) -> k.get("id")).containsExactly(berlin);
		assertThat(other).isNotNull();
		assertThat(subscription.primaryKey()).isNotNull();
	}

}
