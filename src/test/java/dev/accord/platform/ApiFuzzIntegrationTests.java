package dev.accord.platform;

import java.util.List;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.fuzz.Forms;
import dev.accord.support.fuzz.FuzzHttp;
import dev.accord.support.fuzz.FuzzWorld;
import dev.accord.support.fuzz.Fuzzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fuzz test that stays: thousands of seeded, mutated requests to every operation of the live
 * OpenAPI document, to every form of the main pages and to the query parameters of the list pages, through the real HTTP port. No answer may
 * be a 5xx, and every API error is problem+json with a {@code code}. Runs on H2 only (it is about
 * the web edges, not the database); {@code -Dfuzz.seed=…} repeats a run, {@code -Dfuzz.requests=…}
 * sends more.
 */
@AccordIntegrationTest
// An application context of its own: what the fuzzer leaves behind (throttled addresses, spent
// invitation budgets) must not reach other tests.
@TestPropertySource(properties = "accord.operators=fuzz-operator@example.com")
@DisabledIfSystemProperty(named = "accord.test.db", matches = "postgres")
class ApiFuzzIntegrationTests {

	private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());

	private static final int API_REQUESTS = Integer.getInteger("fuzz.requests", 2_000);

	private static final int FORM_REQUESTS = Integer.getInteger("fuzz.forms", 600);

	private static final int LIST_REQUESTS = Integer.getInteger("fuzz.lists", 400);

	@Autowired
	private Api api;

	@Test
	void noMutatedRequestDrawsAServerErrorAndEveryApiErrorIsAProblemWithACode() {
		long start = System.nanoTime();
		FuzzHttp http = new FuzzHttp(this.api.baseUrl());
		FuzzWorld world = FuzzWorld.build(http, "fuzz-operator@example.com");
		Fuzzer fuzzer = new Fuzzer(http, world, SEED);
		List<Forms.Form> forms = fuzzer.discover(world.pages());
		long made = System.nanoTime();
		fuzzer.api(API_REQUESTS);
		long api = System.nanoTime();
		fuzzer.forms(forms, FORM_REQUESTS);
		fuzzer.lists(world.pages(), LIST_REQUESTS);
		System.out.printf("%s; %d forms; world %d ms, API %d ms, forms %d ms%n", fuzzer.report(), forms.size(),
				(made - start) / 1_000_000, (api - made) / 1_000_000, (System.nanoTime() - api) / 1_000_000);
		assertThat(forms).as("forms found on the main pages").hasSizeGreaterThan(15)
			.anyMatch((form) -> form.action().endsWith("/profile/two-step"))
			.anyMatch((form) -> form.action().endsWith("/domains"))
			.anyMatch((form) -> form.action().endsWith("/domains/settings"))
			.anyMatch((form) -> form.action().endsWith("/sso") && form.fields().containsKey("issuer"))
			.anyMatch((form) -> form.action().endsWith("/sso/test"));
		assertThat(forms).as("confirmed forms of Block, Remove, Revoke, Deactivate, Blacklist, Delete key, Leave")
			.filteredOn((form) -> form.fields().containsKey("confirmed"))
			.extracting(Forms.Form::action)
			.hasSizeGreaterThanOrEqualTo(7)
			.anyMatch((action) -> action.endsWith("/block"))
			.anyMatch((action) -> action.endsWith("/revoke"))
			.anyMatch((action) -> action.endsWith("/computers/action"))
			.anyMatch((action) -> action.endsWith("/delete"))
			.anyMatch((action) -> action.endsWith("/leave"));
		assertThat(fuzzer.sent()).isGreaterThanOrEqualTo(API_REQUESTS + FORM_REQUESTS + LIST_REQUESTS);
		assertThat(fuzzer.broken()).as(fuzzer.report()).isZero();
	}

}
