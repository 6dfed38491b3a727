package dev.accord.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the log: filters, keyset pages and the CSV export. */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@licensing.example")
class AuditQueryIntegrationTests extends AuditIntegrationTestSupport {

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

}
