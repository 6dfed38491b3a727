package dev.accord.domain;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import dev.accord.support.MutableClock;
import dev.accord.support.Race;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Verified domains over the API, checked against a DNS server this test runs and controls. */
@AccordIntegrationTest
class VerifiedDomainsIntegrationTests {

	private static final TestDnsServer DNS = startDns();

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	VerifiedDomains verified;

	@Autowired
	ScheduledDomainChecks schedule;

	Person admin;

	UUID business;

	@DynamicPropertySource
	static void resolver(DynamicPropertyRegistry registry) {
		registry.add("accord.domains.dns.servers", DNS::address);
		registry.add("accord.domains.dns.timeout", () -> "PT2S");
		// The schedule runs only when a test calls it.
		registry.add("accord.domains.poll-interval", () -> "PT1000H");
	}

	@AfterAll
	static void stopDns() throws IOException {
		DNS.close();
	}

	@BeforeEach
	void anAdministratorWithABusinessAccount() {
		this.admin = this.api.signUp("domains");
		this.business = this.api.createBusiness(this.admin, "ACME");
	}

	@Test
	void theRightRecordVerifiesTheDomainForTheOtherModules() {
		String name = fresh();
		Map<String, Object> added = add(this.admin, this.business, " " + name.toUpperCase() + ". ").succeeded().map();

		assertThat(added).containsEntry("name", name).containsEntry("status", "PENDING");
		@SuppressWarnings("unchecked")
		Map<String, Object> record = (Map<String, Object>) added.get("record");
		assertThat(record).containsEntry("type", "TXT").containsEntry("name", name);
		assertThat((String) record.get("value")).startsWith("accord-verification=").hasSizeGreaterThan(40);

		DNS.publish(name, "v=spf1 -all", (String) record.get("value"));
		Map<String, Object> checked = check(this.admin, this.business, added).succeeded().map();

		assertThat(checked).containsEntry("status", "VERIFIED").containsEntry("lastCheckResult", "FOUND");
		assertThat(checked.get("verifiedAt")).isNotNull();
		assertThat(this.verified.ownerOf(name.toUpperCase() + ".")).contains(this.business);
		assertThat(this.verified.ownerOfEmail("Ana@" + name.toUpperCase())).contains(this.business);
		assertThat(this.verified.verifiedBy(this.business, "ana@" + name)).isTrue();
		assertThat(this.verified.verifiedBy(this.business, "ana@sub." + name)).isFalse();
		assertThat(this.verified.verified(this.business)).containsExactly(name);
	}

	@Test
	void aWrongValueLeavesTheDomainPendingWithAWrongRecord() {
		String name = fresh();
		Map<String, Object> added = add(this.admin, this.business, name).succeeded().map();
		DNS.publish(name, "accord-verification=somebody-elses-token");

		assertThat(check(this.admin, this.business, added).succeeded().map()).containsEntry("status", "PENDING")
			.containsEntry("lastCheckResult", "WRONG_RECORD");
		assertThat(this.verified.ownerOf(name)).isEmpty();
	}

	@Test
	void aMissingRecordLeavesTheDomainPendingWithNoRecordWhetherTheNameExistsOrNot() {
		String name = fresh();
		Map<String, Object> added = add(this.admin, this.business, name).succeeded().map();

		assertThat(check(this.admin, this.business, added).succeeded().map()).containsEntry("status", "PENDING")
			.containsEntry("lastCheckResult", "NO_RECORD");

		DNS.publish(name);
		this.clock.advance(Duration.ofSeconds(11));
		assertThat(check(this.admin, this.business, added).succeeded().map()).containsEntry("status", "PENDING")
			.containsEntry("lastCheckResult", "NO_RECORD");
	}

	@Test
	void checkNowIsThrottledPerDomain() {
		Map<String, Object> added = add(this.admin, this.business, fresh()).succeeded().map();
		check(this.admin, this.business, added).succeeded();

		Response again = check(this.admin, this.business, added);

		assertThat(again.status()).isEqualTo(429);
		assertThat(again.code()).isEqualTo("RATE_LIMITED");
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(check(this.admin, this.business, added).status()).isEqualTo(200);
	}

	@Test
	void aNameThatIsNotADomainIsRefusedNextToTheField() {
		for (String bad : List.of("https://example.com", "example.com/path", "example.com:443", "localhost",
				"10.0.0.1", "-bad.example", "a..example", "x".repeat(64) + ".example",
				("a".repeat(60) + ".").repeat(5) + "example", "", "exa mple.com")) {
			Response refused = add(this.admin, this.business, bad);

			assertThat(refused.status()).as(bad).isEqualTo(422);
			assertThat(refused.code()).as(bad).isEqualTo("VALIDATION_FAILED");
			assertThat(refused.errors()).as(bad).containsKey("name");
		}
		assertThat(list(this.admin, this.business)).isEmpty();
	}

	@Test
	void anInternationalNameIsKeptInItsAsciiForm() {
		String label = "bücher" + UUID.randomUUID().toString().substring(0, 6);

		assertThat(add(this.admin, this.business, label + ".example").succeeded().map().get("name").toString())
			.startsWith("xn--").endsWith(".example");
	}

	@Test
	void aDomainClaimedByTwoAccountsIsVerifiedByTheFirstAndTheSecondIsTold() {
		Person other = this.api.signUp("other");
		UUID otherBusiness = this.api.createBusiness(other, "Other");
		String name = fresh();
		Map<String, Object> ours = add(this.admin, this.business, name).succeeded().map();
		Map<String, Object> theirs = add(other, otherBusiness, name).succeeded().map();
		assertThat(add(this.admin, this.business, name).code()).isEqualTo("DOMAIN_EXISTS");

		DNS.publish(name, value(ours), value(theirs));
		assertThat(check(this.admin, this.business, ours).map()).containsEntry("status", "VERIFIED");
		Map<String, Object> refused = check(other, otherBusiness, theirs).succeeded().map();

		assertThat(refused).containsEntry("status", "PENDING").containsEntry("lastCheckResult", "TAKEN");
		assertThat(this.verified.ownerOf(name)).contains(this.business);
		Person third = this.api.signUp("third");
		Response taken = add(third, this.api.createBusiness(third, "Third"), name);
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.code()).isEqualTo("DOMAIN_TAKEN");
		assertThat(taken.body()).doesNotContain("ACME");

		this.api.delete(path(this.business) + "/" + ours.get("id"), this.admin.token()).succeeded();
		this.clock.advance(Duration.ofSeconds(11));
		assertThat(check(other, otherBusiness, theirs).map()).containsEntry("status", "VERIFIED");
		assertThat(this.verified.ownerOf(name)).contains(otherBusiness);
	}

	@Test
	void twoAccountsVerifyingTheSameDomainAtOnceEndWithExactlyOneVerified() throws Exception {
		Person other = this.api.signUp("racer");
		UUID otherBusiness = this.api.createBusiness(other, "Racer");
		String name = fresh();
		Map<String, Object> ours = add(this.admin, this.business, name).succeeded().map();
		Map<String, Object> theirs = add(other, otherBusiness, name).succeeded().map();
		DNS.publish(name, value(ours), value(theirs));

		List<Response> answers = Race.of(() -> check(this.admin, this.business, ours),
				() -> check(other, otherBusiness, theirs));

		assertThat(answers).allSatisfy((answer) -> assertThat(answer.status()).isEqualTo(200));
		assertThat(answers).extracting((answer) -> answer.map().get("status"))
			.containsExactlyInAnyOrder("VERIFIED", "PENDING");
		assertThat(this.verified.ownerOf(name)).isPresent();
	}

	@Test
	void theScheduledCheckVerifiesAPendingDomain() {
		String name = fresh();
		Map<String, Object> added = add(this.admin, this.business, name).succeeded().map();
		DNS.publish(name, value(added));

		this.clock.advance(Duration.ofHours(6));
		assertThat(this.schedule.checkDue()).isGreaterThanOrEqualTo(1);

		assertThat(get(this.admin, this.business, added).map()).containsEntry("status", "VERIFIED");
		assertThat(this.schedule.checkDue()).as("not due again until the next interval").isZero();
	}

	@Test
	void aVerifiedDomainWhoseRecordIsGoneStaysVerifiedForTheGracePeriodThenFails() {
		String name = fresh();
		Map<String, Object> added = add(this.admin, this.business, name).succeeded().map();
		DNS.publish(name, value(added));
		check(this.admin, this.business, added).succeeded();
		DNS.remove(name);

		this.clock.advance(Duration.ofHours(6));
		this.schedule.checkDue();
		assertThat(get(this.admin, this.business, added).map()).containsEntry("status", "VERIFIED")
			.containsEntry("lastCheckResult", "NO_RECORD");

		this.clock.advance(Duration.ofDays(7));
		this.schedule.checkDue();
		assertThat(get(this.admin, this.business, added).map()).containsEntry("status", "FAILED");
		assertThat(this.verified.ownerOf(name)).isEmpty();
	}

	@Test
	void anotherTenantsDomainIsNotFound() {
		Person other = this.api.signUp("tenant");
		UUID otherBusiness = this.api.createBusiness(other, "Tenant");
		Map<String, Object> theirs = add(other, otherBusiness, fresh()).succeeded().map();
		String own = path(this.business) + "/" + theirs.get("id");

		assertThat(this.api.get(own, this.admin.token()).status()).isEqualTo(404);
		assertThat(this.api.post(own + "/check", null, this.admin.token()).status()).isEqualTo(404);
		assertThat(this.api.delete(own, this.admin.token()).status()).isEqualTo(404);
		assertThat(this.api.get(path(otherBusiness), this.admin.token()).status()).isEqualTo(404);
		assertThat(get(other, otherBusiness, theirs).status()).isEqualTo(200);
	}

	@Test
	void aRegularMemberMayNotSeeOrChangeDomains() {
		Person member = this.api.inviteAndJoin(this.admin, this.business, "member");

		assertThat(this.api.get(path(this.business), member.token()).status()).isEqualTo(403);
		assertThat(add(member, this.business, fresh()).status()).isEqualTo(403);
		assertThat(this.api.get("/api/v1/business-accounts/" + this.business + "/domain-settings", member.token())
			.status()).isEqualTo(403);
	}

	@Test
	void invitingOnlyVerifiedDomainsRefusesOtherAddressesAndSendsNothing() {
		String name = fresh();
		Map<String, Object> added = add(this.admin, this.business, name).succeeded().map();
		DNS.publish(name, value(added));
		check(this.admin, this.business, added).succeeded();
		String settings = "/api/v1/business-accounts/" + this.business + "/domain-settings";
		assertThat(this.api.get(settings, this.admin.token()).map()).containsEntry("inviteOnlyVerifiedDomains", false);
		assertThat(this.api.send("PUT", settings, Map.of("inviteOnlyVerifiedDomains", true), this.admin.token())
			.succeeded().map()).containsEntry("inviteOnlyVerifiedDomains", true);
		String outsider = Api.uniqueEmail("outsider");

		Response refused = this.api.invite(this.admin, this.business, "ana@" + name, outsider);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.code()).isEqualTo("DOMAIN_NOT_VERIFIED");
		assertThat(refused.map().get("detail").toString()).contains(outsider).doesNotContain("ana@" + name);
		assertThat(this.api.get("/api/v1/business-accounts/" + this.business + "/invitations", this.admin.token())
			.items()).isEmpty();
		assertThat(this.api.invite(this.admin, this.business, "ana@" + name).status()).isEqualTo(200);
	}

	@Test
	void everyChangeIsInTheAuditLogWithItsActor() {
		String name = fresh();
		Map<String, Object> added = add(this.admin, this.business, name).succeeded().map();
		DNS.publish(name, value(added));
		this.clock.advance(Duration.ofHours(6));
		this.schedule.checkDue();
		this.api.send("PUT", "/api/v1/business-accounts/" + this.business + "/domain-settings",
				Map.of("inviteOnlyVerifiedDomains", true), this.admin.token()).succeeded();
		this.api.delete(path(this.business) + "/" + added.get("id"), this.admin.token()).succeeded();

		List<Map<String, Object>> entries = this.api
			.get("/api/v1/business-accounts/" + this.business + "/audit-events", this.admin.token())
			.items();

		assertThat(entries).extracting((e) -> e.get("action"))
			.contains("DOMAIN_ADDED", "DOMAIN_VERIFIED", "DOMAIN_SETTINGS_CHANGED", "DOMAIN_REMOVED");
		assertThat(entries).filteredOn((e) -> "DOMAIN_VERIFIED".equals(e.get("action")))
			.singleElement()
			.satisfies((e) -> assertThat(e.get("actor").toString()).contains("SYSTEM"));
		assertThat(entries).filteredOn((e) -> "DOMAIN_ADDED".equals(e.get("action")))
			.singleElement()
			.satisfies((e) -> assertThat(e.get("actor").toString()).contains(this.admin.id().toString()));
	}

	private static String fresh() {
		return "d" + UUID.randomUUID().toString().substring(0, 8) + ".example";
	}

	private static String value(Map<String, Object> domain) {
		@SuppressWarnings("unchecked")
		Map<String, Object> record = (Map<String, Object>) domain.get("record");
		return (String) record.get("value");
	}

	private static String path(UUID business) {
		return "/api/v1/business-accounts/" + business + "/domains";
	}

	private Response add(Person who, UUID business, String name) {
		return this.api.post(path(business), Map.of("name", name), who.token());
	}

	private Response check(Person who, UUID business, Map<String, Object> domain) {
		return this.api.post(path(business) + "/" + domain.get("id") + "/check", null, who.token());
	}

	private Response get(Person who, UUID business, Map<String, Object> domain) {
		return this.api.get(path(business) + "/" + domain.get("id"), who.token());
	}

	private List<Map<String, Object>> list(Person who, UUID business) {
		return this.api.get(path(business), who.token()).succeeded().items();
	}

	private static TestDnsServer startDns() {
		try {
			return TestDnsServer.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
