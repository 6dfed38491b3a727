package dev.accord.audit;

import java.util.Map;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api.Person;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Changes to company information and memberships are recorded; refused ones are not. */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@licensing.example")
class BusinessAuditIntegrationTests extends AuditIntegrationTestSupport {

	@Test
	void companyInformationChangesAreRecordedWithOnlyTheChangedFields() {
		this.api.patch(this.base, Map.of("companyName", "ACME GmbH", "country", "DE", "postcode", "10115", "phone",
				"+49 30 123456"), this.ana.token()).succeeded();

		Map<String, Object> entry = only(added());
		assertThat(entry).containsEntry("action", "COMPANY_INFO_CHANGED").containsEntry("objectType", "BUSINESS_ACCOUNT")
			.containsEntry("objectId", this.acme.toString())
			.containsEntry("before", Map.of("companyName", "ACME"))
			.containsEntry("after", Map.of("companyName", "ACME GmbH"))
			.containsEntry("ip", "127.0.0.1");
		assertThat(actor(entry)).containsEntry("type", "PERSON").containsEntry("id", this.ana.id().toString())
			.containsEntry("name", "ana Tester");

		this.api.patch(this.base, Map.of("companyName", "ACME GmbH"), this.ana.token()).succeeded();
		assertThat(this.api.patch(this.base, Map.of("country", "XX"), this.ana.token()).status()).isEqualTo(422);
		assertThat(added()).isEmpty();
	}

	@Test
	void membershipChangesAreRecordedAndRefusedOnesAreNot() {
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		added();
		String bobPath = this.base + "/members/" + bob.id();

		this.api.patch(bobPath, Map.of("role", "ACCOUNT_ADMINISTRATOR"), this.ana.token()).succeeded();
		Map<String, Object> promoted = only(added());
		assertThat(promoted).containsEntry("action", "MEMBER_ROLE_CHANGED").containsEntry("objectLabel", "bob Member")
			.containsEntry("before", Map.of("role", "REGULAR_MEMBER"))
			.containsEntry("after", Map.of("role", "ACCOUNT_ADMINISTRATOR"));
		assertThat(actor(promoted)).containsEntry("id", this.ana.id().toString());

		this.api.patch(bobPath, Map.of("notes", "Runs IT"), this.ana.token()).succeeded();
		assertThat(only(added())).containsEntry("action", "MEMBER_NOTES_CHANGED")
			.containsEntry("after", Map.of("notes", "Runs IT"));
		this.api.patch(bobPath, Map.of("notes", "Runs IT"), this.ana.token()).succeeded();
		assertThat(added()).isEmpty();

		this.api.patch(bobPath, Map.of("status", "BLOCKED"), this.ana.token()).succeeded();
		assertThat(only(added())).containsEntry("action", "MEMBER_BLOCKED")
			.containsEntry("before", Map.of("status", "ACTIVE"))
			.containsEntry("after", Map.of("status", "BLOCKED"));
		this.api.patch(bobPath, Map.of("status", "ACTIVE"), this.ana.token()).succeeded();
		assertThat(only(added())).containsEntry("action", "MEMBER_UNBLOCKED");

		this.api.post(this.base + "/leave", null, bob.token()).succeeded();
		Map<String, Object> left = only(added());
		assertThat(left).containsEntry("action", "MEMBER_LEFT").containsEntry("objectId", bob.id().toString());
		assertThat(actor(left)).containsEntry("id", bob.id().toString());

		Person carol = this.api.inviteAndJoin(this.ana, this.acme, "carol");
		added();
		this.api.delete(this.base + "/members/" + carol.id(), this.ana.token()).succeeded();
		Map<String, Object> removed = only(added());
		assertThat(removed).containsEntry("action", "MEMBER_REMOVED");
		assertThat(before(removed)).containsEntry("role", "REGULAR_MEMBER").containsEntry("email", carol.email());

		assertThat(this.api.patch(this.base + "/members/" + this.ana.id(), Map.of("role", "REGULAR_MEMBER", "notes", "x"),
				this.ana.token()).code()).isEqualTo("LAST_ADMINISTRATOR");
		assertThat(this.api.post(this.base + "/leave", null, this.ana.token()).status()).isEqualTo(409);
		assertThat(added()).isEmpty();
	}

}
