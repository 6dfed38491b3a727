package dev.accord.audit;

import java.util.Map;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Subscriptions, keys and computers are recorded with the actor who changed them: operator, person or device. */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@licensing.example")
class LicensingAuditIntegrationTests extends AuditIntegrationTestSupport {

	@Test
	void subscriptionsAndKeysAreRecordedWithTheirActors() {
		Map<String, Object> provisioned = provision(this.acme, 10);
		Map<String, Object> subscriptionEntry = only(added());
		assertThat(subscriptionEntry).containsEntry("action", "SUBSCRIPTION_PROVISIONED")
			.containsEntry("objectId", provisioned.get("subscriptionId"));
		assertThat(actor(subscriptionEntry)).containsEntry("type", "OPERATOR").containsEntry("name", "Op Erator");
		assertThat(after(subscriptionEntry)).containsEntry("seats", 10);

		String unregistered = (String) provision(null, 3).get("primaryKey");
		assertThat(added()).isEmpty();
		this.api.post(this.base + "/license-keys/register", Map.of("key", unregistered), this.ana.token()).succeeded();
		assertThat(only(added())).containsEntry("action", "KEY_REGISTERED").containsEntry("objectType", "LICENSE_KEY");

		String subscription = (String) provisioned.get("subscriptionId");
		this.api.patch(this.base + "/subscriptions/" + subscription, Map.of("name", "Design studio"), this.ana.token()).succeeded();
		assertThat(only(added())).containsEntry("action", "SUBSCRIPTION_RENAMED")
			.containsEntry("before", Map.of("name", "Accord Desktop"))
			.containsEntry("after", Map.of("name", "Design studio"));
		this.api.patch(this.base + "/subscriptions/" + subscription, Map.of("autoRenew", true), this.ana.token()).succeeded();
		assertThat(only(added())).containsEntry("action", "SUBSCRIPTION_AUTO_RENEW_SWITCHED")
			.containsEntry("before", Map.of("autoRenew", false))
			.containsEntry("after", Map.of("autoRenew", true));

		Response created = this.api.post(this.base + "/subscriptions/" + subscription + "/license-keys",
				Map.of("name", "Berlin", "limit", 3, "type", "RESERVED"), this.ana.token());
		String key = created.map().get("id").toString();
		Map<String, Object> keyCreated = only(added());
		assertThat(keyCreated).containsEntry("action", "KEY_CREATED").containsEntry("objectId", key);
		assertThat(after(keyCreated)).containsEntry("name", "Berlin").containsEntry("type", "RESERVED")
			.containsEntry("limit", 3);

		this.api.patch(this.base + "/license-keys/" + key, Map.of("name", "Munich"), this.ana.token()).succeeded();
		assertThat(only(added())).containsEntry("action", "KEY_RENAMED")
			.containsEntry("after", Map.of("name", "Munich"));
		this.api.patch(this.base + "/license-keys/" + key, Map.of("limit", 4), this.ana.token()).succeeded();
		assertThat(only(added())).containsEntry("action", "KEY_RESIZED")
			.containsEntry("before", Map.of("limit", 3))
			.containsEntry("after", Map.of("limit", 4));
		assertThat(this.api.patch(this.base + "/license-keys/" + key, Map.of("limit", 99), this.ana.token()).status())
			.isEqualTo(422);
		assertThat(added()).isEmpty();

		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		added();
		this.api.send("PUT", this.base + "/license-keys/" + key + "/administrators/" + bob.id(), null, this.ana.token()).succeeded();
		Map<String, Object> granted = only(added());
		assertThat(granted).containsEntry("action", "LICENSE_ADMINISTRATOR_GRANTED")
			.containsEntry("objectId", bob.id().toString())
			.containsEntry("after", Map.of("licenseKey", "Munich"));
		this.api.delete(this.base + "/license-keys/" + key + "/administrators/" + bob.id(), this.ana.token()).succeeded();
		assertThat(only(added())).containsEntry("action", "LICENSE_ADMINISTRATOR_REMOVED");
		this.api.send("PUT", this.base + "/license-keys/" + key + "/administrators/" + bob.id(), null, this.ana.token()).succeeded();
		added();
		this.api.patch(this.base + "/members/" + bob.id(), Map.of("role", "ACCOUNT_ADMINISTRATOR"), this.ana.token()).succeeded();
		assertThat(added()).extracting((e) -> e.get("action"))
			.containsExactly("MEMBER_ROLE_CHANGED", "LICENSE_ADMINISTRATOR_REMOVED");

		this.api.delete(this.base + "/license-keys/" + key, this.ana.token()).succeeded();
		Map<String, Object> deleted = only(added());
		assertThat(deleted).containsEntry("action", "KEY_DELETED");
		assertThat(before(deleted)).containsEntry("name", "Munich").containsEntry("computers", 0);
	}

	@Test
	void computersAreRecordedWhetherADeviceOrAnAdministratorActs() {
		Map<String, Object> provisioned = provision(this.acme, 10);
		String primary = (String) provisioned.get("primaryKey");
		String subscription = (String) provisioned.get("subscriptionId");
		String other = this.api.post(this.base + "/subscriptions/" + subscription + "/license-keys",
				Map.of("name", "Spare", "limit", 2, "type", "DYNAMIC"), this.ana.token()).map().get("id").toString();
		added();

		activate(primary, "device-1");
		Map<String, Object> activated = only(added());
		assertThat(activated).containsEntry("action", "COMPUTER_ACTIVATED").containsEntry("objectLabel", "PC device-1");
		assertThat(actor(activated)).containsEntry("type", "DEVICE").containsEntry("id", "device-1");
		assertThat(after(activated)).containsEntry("licenseKey", "Accord Desktop").containsEntry("deviceId", "device-1");
		activate(primary, "device-1");
		assertThat(added()).as("re-activation changes nothing").isEmpty();

		this.api.post("/api/v1/activations/deactivate", Map.of("licenseKey", primary, "deviceId", "device-1"), null).succeeded();
		assertThat(actor(only(added()))).containsEntry("type", "DEVICE");

		String computer = (String) activate(primary, "device-2").get("activationId");
		added();
		String primaryId = keyIdOf(primary);
		String computers = this.base + "/license-keys/" + primaryId + "/computers/" + computer;
		this.api.patch(computers, Map.of("computerName", "Front desk", "notes", "Reception"), this.ana.token()).succeeded();
		Map<String, Object> edited = only(added());
		assertThat(edited).containsEntry("action", "COMPUTER_EDITED")
			.containsEntry("after", Map.of("computerName", "Front desk", "notes", "Reception"));

		this.api.post(computers + "/move", Map.of("licenseKeyId", other), this.ana.token()).succeeded();
		assertThat(only(added())).containsEntry("action", "COMPUTER_MOVED")
			.containsEntry("before", Map.of("licenseKey", "Accord Desktop"))
			.containsEntry("after", Map.of("licenseKey", "Spare"));
		String moved = this.base + "/license-keys/" + other + "/computers/" + computer;

		this.api.post(moved + "/deactivate", null, this.ana.token()).succeeded();
		Map<String, Object> deactivated = only(added());
		assertThat(deactivated).containsEntry("action", "COMPUTER_DEACTIVATED");
		assertThat(actor(deactivated)).containsEntry("type", "PERSON");
		this.api.post(moved + "/deactivate", null, this.ana.token()).succeeded();
		assertThat(added()).isEmpty();

		this.api.post(moved + "/blacklist", null, this.ana.token()).succeeded();
		assertThat(only(added())).containsEntry("action", "COMPUTER_BLACKLISTED")
			.containsEntry("after", Map.of("blacklisted", true));
		assertThat(activate(primary, "device-2")).containsEntry("code", "DEVICE_BLACKLISTED");
		assertThat(added()).isEmpty();
		this.api.post(moved + "/unblacklist", null, this.ana.token()).succeeded();
		assertThat(only(added())).containsEntry("action", "COMPUTER_UNBLACKLISTED");
	}

	@Test
	void deletingAKeyEndsItsLicenseAdministratorsRightsOnTheRecordAndDevicesNeverPassForPeople() {
		Map<String, Object> provisioned = provision(this.acme, 10);
		String subscription = (String) provisioned.get("subscriptionId");
		String key = this.api.post(this.base + "/subscriptions/" + subscription + "/license-keys",
				Map.of("name", "Lab", "limit", 2, "type", "DYNAMIC"), this.ana.token()).map().get("id").toString();
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		this.api.send("PUT", this.base + "/license-keys/" + key + "/administrators/" + bob.id(), null, this.ana.token()).succeeded();
		activate((String) provisioned.get("primaryKey"), bob.id().toString());
		added();

		this.api.delete(this.base + "/license-keys/" + key, this.ana.token()).succeeded();

		assertThat(added()).extracting((e) -> e.get("action"))
			.containsExactlyInAnyOrder("LICENSE_ADMINISTRATOR_REMOVED", "KEY_DELETED");
		assertThat(items("?personId=" + bob.id())).extracting((e) -> e.get("action"))
			.contains("LICENSE_ADMINISTRATOR_GRANTED", "LICENSE_ADMINISTRATOR_REMOVED")
			.doesNotContain("COMPUTER_ACTIVATED");
	}

}
