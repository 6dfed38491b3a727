package dev.accord.audit;

import java.util.List;
import java.util.Map;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Invitations, and the License Administrator rights they grant, are recorded. */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@licensing.example")
class InvitationAuditIntegrationTests extends AuditIntegrationTestSupport {

	@Test
	void invitationsSentResentRevokedAndAcceptedAreRecorded() {
		String email = Api.uniqueEmail("bob");
		this.api.invite(this.ana, this.acme, email).succeeded();
		Map<String, Object> sent = only(added());
		assertThat(sent).containsEntry("action", "INVITATION_SENT").containsEntry("objectType", "INVITATION")
			.containsEntry("objectLabel", email);
		assertThat(after(sent)).containsEntry("email", email).containsEntry("language", "en");
		String invitation = (String) sent.get("objectId");

		this.api.post(this.base + "/invitations/" + invitation + "/resend", null, this.ana.token()).succeeded();
		assertThat(only(added())).containsEntry("action", "INVITATION_RESENT").containsEntry("objectId", invitation);

		this.api.delete(this.base + "/invitations/" + invitation, this.ana.token()).succeeded();
		assertThat(only(added())).containsEntry("action", "INVITATION_REVOKED")
			.containsEntry("before", Map.of("status", "PENDING"))
			.containsEntry("after", Map.of("status", "REVOKED"));
		assertThat(this.api.delete(this.base + "/invitations/" + invitation, this.ana.token()).status()).isEqualTo(409);
		assertThat(added()).isEmpty();

		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		List<Map<String, Object>> joined = added();
		assertThat(joined).extracting((e) -> e.get("action"))
			.containsExactly("INVITATION_SENT", "INVITATION_ACCEPTED", "MEMBER_JOINED");
		assertThat(actor(joined.get(1))).containsEntry("id", bob.id().toString());
		assertThat(joined.get(2)).containsEntry("objectId", bob.id().toString())
			.containsEntry("after", Map.of("email", bob.email(), "role", "REGULAR_MEMBER"));
		assertThat(actor(joined.get(2))).containsEntry("name", "bob Member");
	}

	@Test
	void anInvitationRecordsTheKeysItGrantsAndTheGrantIsTheInvitersOnAcceptance() {
		Map<String, Object> provisioned = provision(this.acme, 10);
		String key = this.api.post(this.base + "/subscriptions/" + provisioned.get("subscriptionId") + "/license-keys",
				Map.of("name", "Lab", "limit", 2, "type", "DYNAMIC"), this.ana.token()).map().get("id").toString();
		String email = Api.uniqueEmail("carol");
		added();

		this.api.post(this.base + "/invitations",
				Map.of("language", "en", "emails", List.of(email), "licenseKeyIds", List.of(key)), this.ana.token()).succeeded();
		assertThat(after(only(added()))).containsEntry("licenseKeys", "Lab");
		this.api.post("/api/v1/invitations/" + Api.joinToken(this.api.awaitMail(email, 1)) + "/accept",
				Map.of("password", Api.PASSWORD, "firstName", "carol", "lastName", "Member"), null).succeeded();

		Map<String, Object> granted = added().stream()
			.filter((e) -> "LICENSE_ADMINISTRATOR_GRANTED".equals(e.get("action")))
			.findFirst()
			.orElseThrow();
		assertThat(actor(granted)).containsEntry("id", this.ana.id().toString());
		assertThat(granted).containsEntry("objectLabel", "carol Member").containsEntry("after", Map.of("licenseKey", "Lab"));
	}

}
