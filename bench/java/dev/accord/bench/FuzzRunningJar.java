package dev.accord.bench;

import java.util.List;

import dev.accord.support.fuzz.Forms;
import dev.accord.support.fuzz.FuzzHttp;
import dev.accord.support.fuzz.FuzzWorld;
import dev.accord.support.fuzz.Fuzzer;

/**
 * The suite's fuzzer (ApiFuzzIntegrationTests) against a portal that is already running, e.g.
 * {@code java -jar target/accord-*.jar}: builds its data over HTTP, sends the seeded, mutated API
 * requests and form posts, prints the answers by status, and exits 1 on any 5xx or any API error
 * that is not problem+json with a {@code code}. The portal must be in mailbox mode (no SMTP) and
 * list the operator's email in {@code accord.operators}. See docs/fuzzing.md.
 *
 * <p>Run: {@code ./mvnw -q -Pbench test-compile exec:java -Dbench=FuzzRunningJar
 * -Dfuzz.baseUrl=http://localhost:8080 -Dfuzz.operator=fuzz-operator@example.com}
 */
public final class FuzzRunningJar {

	private FuzzRunningJar() {
	}

	public static void main(String[] args) {
		String baseUrl = System.getProperty("fuzz.baseUrl", "http://localhost:8080");
		String operator = System.getProperty("fuzz.operator", "fuzz-operator@example.com");
		long seed = Long.getLong("fuzz.seed", System.nanoTime());
		int requests = Integer.getInteger("fuzz.requests", 2_000);
		int forms = Integer.getInteger("fuzz.forms", 600);
		FuzzHttp http = new FuzzHttp(baseUrl);
		FuzzWorld world = FuzzWorld.build(http, operator);
		Fuzzer fuzzer = new Fuzzer(http, world, seed);
		long start = System.nanoTime();
		List<Forms.Form> found = fuzzer.discover(world.pages());
		fuzzer.api(requests);
		fuzzer.forms(found, forms);
		System.out.printf("%s%n%d forms found; %d ms%n", fuzzer.report(), found.size(),
				(System.nanoTime() - start) / 1_000_000);
		System.exit(fuzzer.broken() == 0 ? 0 : 1);
	}

}
