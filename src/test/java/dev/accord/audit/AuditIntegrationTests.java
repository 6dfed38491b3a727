package dev.accord.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

/**
 * Every change of spec §3 "Audit" produces exactly one entry with the right actor, before and
 * after; a refused change produces none.
 */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@licensing.example")
class AuditIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	Person ana;

	UUID acme;

	String base;

	long seen;

	@BeforeEach
	void anAccountWithAnAdministrator() {
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
		this.base = "/api/v1/business-accounts/" + this.acme;
		this.seen = 0;
		added();
	}

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

	@Test
	void filtersSelectByActionPersonAndDaysAndPagesNeverRepeatAnEntry() {
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		LocalDate day1 = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		this.clock.advance(java.time.Duration.ofDays(2));
		for (int i = 0; i < 7; i++) {
			this.api.patch(this.base + "/members/" + bob.id(), Map.of("notes", "note " + i), this.ana.token()).succeeded();
		}
		this.api.patch(this.base + "/members/" + bob.id(), Map.of("role", "ACCOUNT_ADMINISTRATOR"), this.ana.token()).succeeded();

		assertThat(items("?action=MEMBER_ROLE_CHANGED")).singleElement()
			.satisfies((e) -> assertThat(e).containsEntry("action", "MEMBER_ROLE_CHANGED"));
		assertThat(items("?personId=" + bob.id())).extracting((e) -> e.get("action"))
			.contains("MEMBER_ROLE_CHANGED", "MEMBER_NOTES_CHANGED", "MEMBER_JOINED", "INVITATION_ACCEPTED")
			.doesNotContain("INVITATION_SENT");
		assertThat(items("?personId=" + bob.id() + "&action=INVITATION_SENT")).isEmpty();
		assertThat(items("?to=" + day1)).extracting((e) -> e.get("action"))
			.containsExactlyInAnyOrder("INVITATION_SENT", "INVITATION_ACCEPTED", "MEMBER_JOINED");
		assertThat(items("?from=" + day1.plusDays(1))).hasSize(8);
		assertThat(this.api.get(this.base + "/audit-events?from=" + day1 + "&to=" + day1.minusDays(1),
				this.ana.token()).errors()).containsKey("to");
		assertThat(this.api.get(this.base + "/audit-events?action=NO_SUCH_ACTION", this.ana.token()).code())
			.isEqualTo("VALIDATION_FAILED");

		List<Object> paged = new ArrayList<>();
		String cursor = "";
		do {
			Response page = this.api.get(this.base + "/audit-events?limit=3" + cursor, this.ana.token());
			page.items().forEach((e) -> paged.add(e.get("id")));
			Object next = page.map().get("nextCursor");
			cursor = (next != null) ? "&cursor=" + next : null;
		}
		while (cursor != null);
		List<Object> all = items("").stream().map((e) -> e.get("id")).toList();
		assertThat(paged).hasSize(11).doesNotHaveDuplicates().isEqualTo(all);
	}

	@Test
	void theCsvExportWordsEachEntryInTheViewersLanguage() {
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		this.api.patch(this.base + "/members/" + bob.id(), Map.of("role", "ACCOUNT_ADMINISTRATOR"), this.ana.token()).succeeded();

		Response csv = this.api.get(this.base + "/audit-events.csv?action=MEMBER_ROLE_CHANGED", this.ana.token());

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("at,actorType,")
			.contains("ana Tester changed bob Member's role from Regular Member to Account Administrator")
			.doesNotContain("INVITATION_SENT");
	}

	private List<Map<String, Object>> items(String query) {
		Response page = this.api.get(this.base + "/audit-events" + query + (query.isEmpty() ? "?" : "&") + "limit=200",
				this.ana.token());
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		return page.items();
	}

	/** The entries written since the last call, oldest first. */
	private List<Map<String, Object>> added() {
		List<Map<String, Object>> fresh = new ArrayList<>(items("").stream()
			.filter((e) -> ((Number) e.get("id")).longValue() > this.seen)
			.toList());
		Collections.reverse(fresh);
		fresh.forEach((e) -> this.seen = Math.max(this.seen, ((Number) e.get("id")).longValue()));
		return fresh;
	}

	private static Map<String, Object> only(List<Map<String, Object>> entries) {
		assertThat(entries).hasSize(1);
		return entries.get(0);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> actor(Map<String, Object> entry) {
		return (Map<String, Object>) entry.get("actor");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> before(Map<String, Object> entry) {
		return (Map<String, Object>) entry.get("before");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> after(Map<String, Object> entry) {
		return (Map<String, Object>) entry.get("after");
	}

	private Map<String, Object> provision(UUID account, int seats) {
		String token = this.api.operatorToken("operator@licensing.example");
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		Map<String, Object> body = new HashMap<>(Map.of("product", "Accord Desktop", "seats", seats, "activationDate",
				today.toString(), "expirationDate", today.plusDays(365).toString()));
		if (account != null) {
			body.put("businessAccountId", account.toString());
		}
		return this.api.post("/api/v1/operator/subscriptions", body, token).map();
	}

	private Map<String, Object> activate(String key, String device) {
		return this.api.post("/api/v1/activations",
				Map.of("licenseKey", key, "deviceId", device, "computerName", "PC " + device), null).map();
	}

	private String keyIdOf(String key) {
		return this.api.get(this.base + "/license-keys", this.ana.token()).items().stream()
			.filter((k) -> key.equals(k.get("key")))
			.findFirst()
			.orElseThrow()
			.get("id")
			.toString();
	}

}
