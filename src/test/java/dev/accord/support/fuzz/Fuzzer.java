package dev.accord.support.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import dev.accord.support.fuzz.OpenApiOperations.Operation;

/**
 * Sends seeded, mutated requests to every operation of the OpenAPI document and mutated posts to
 * every form of the main pages, and records each answer that breaks the contract: any 5xx (or a
 * dropped connection), and under {@code /api/} any error that is not problem+json with a {@code code}.
 * The same seed makes the same requests.
 */
public final class Fuzzer {

	private final FuzzHttp http;

	private final FuzzWorld world;

	private final long seed;

	private final Random random;

	private final Map<Integer, Integer> statuses = new TreeMap<>();

	private final List<String> failures = new ArrayList<>();

	private int sent;

	private int broken;

	public Fuzzer(FuzzHttp http, FuzzWorld world, long seed) {
		this.http = http;
		this.world = world;
		this.seed = seed;
		this.random = new Random(seed);
	}

	/** Sends {@code count} requests, round-robin over the operations, each mutated at random. */
	public void api(int count) {
		List<Operation> operations = OpenApiOperations.read(this.http);
		ApiMutations mutations = new ApiMutations(this.world);
		for (int i = 0; i < count; i++) {
			ApiMutations.Mutated mutated = mutations.mutate(operations.get(i % operations.size()), this.random);
			check(mutated.request(), this.http.send(mutated.request(), mutated.withSession()));
		}
	}

	/** Renders the pages as the signed-in administrator, posts {@code count} mutated forms, returns how many forms. */
	public int forms(List<String> pages, int count) {
		List<Forms.Form> forms = discover(pages);
		for (int i = 0; i < count; i++) {
			FuzzRequest request = FormMutations.mutate(forms.get(i % forms.size()), this.random);
			FuzzHttp.Answer answer = this.http.send(request, true);
			check(request, answer);
			if (answer.location().contains("/signin")) {
				this.world.signIn();
			}
		}
		return forms.size();
	}

	/** The post forms of the pages, one per action and set of fields; sign-out is left out. */
	public List<Forms.Form> discover(List<String> pages) {
		Set<String> seen = new LinkedHashSet<>();
		List<Forms.Form> forms = new ArrayList<>();
		for (String page : pages) {
			FuzzHttp.Answer answer = this.http.send(FuzzRequest.of("GET", page, Map.of(), null), true);
			check(FuzzRequest.of("GET", page, Map.of(), null), answer);
			for (Forms.Form form : Forms.of(answer.body(), page)) {
				if (!form.action().startsWith("/signout") && seen.add(form.action() + form.fields().keySet())) {
					forms.add(form);
				}
			}
		}
		return forms;
	}

	private void check(FuzzRequest request, FuzzHttp.Answer answer) {
		this.sent++;
		this.statuses.merge(answer.status(), 1, Integer::sum);
		String broken = broken(request, answer);
		if (broken == null) {
			return;
		}
		this.broken++;
		if (this.failures.size() < 25) {
			String body = (answer.body().length() > 300) ? answer.body().substring(0, 300) + "…" : answer.body();
			this.failures.add(broken + ": " + request + "\n    → " + answer.status() + " " + answer.contentType() + " "
					+ body);
		}
	}

	private static String broken(FuzzRequest request, FuzzHttp.Answer answer) {
		if (answer.status() < 0 || answer.status() >= 500) {
			return "server error";
		}
		if (request.isApi() && answer.status() >= 400 && !request.method().equals("HEAD")
				&& (!answer.contentType().startsWith("application/problem+json") || !answer.body().contains("\"code\""))) {
			return "API error without problem+json and code";
		}
		return null;
	}

	public int sent() {
		return this.sent;
	}

	public Map<Integer, Integer> statuses() {
		return this.statuses;
	}

	/** How many answers broke the contract (the first 25 are described in {@link #report()}). */
	public int broken() {
		return this.broken;
	}

	/** What to print when a run fails: the seed to repeat it and the first broken answers. */
	public String report() {
		return "Fuzzing with seed " + this.seed + " (repeat with -Dfuzz.seed=" + this.seed + "): " + this.sent
				+ " requests, answers by status " + this.statuses + ", " + this.broken + " broken"
				+ (this.failures.isEmpty() ? "" : ":\n  " + String.join("\n  ", this.failures));
	}

}
