package dev.accord.support.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.accord.support.fuzz.OpenApiOperations.Operation;

/**
 * Sends seeded, mutated requests to every operation of the OpenAPI document and mutated posts to
 * every form of the main pages, and records each answer that breaks the contract: any 5xx (or a
 * dropped connection), and under {@code /api/} any error that is not problem+json with a {@code code}.
 * The same seed makes the same requests.
 */
public final class Fuzzer {

	private static final int THREADS = Integer.getInteger("fuzz.threads", 4);

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

	/**
	 * Sends {@code count} requests, round-robin over the operations, each mutated at random; made in
	 * order from the seed, sent by {@link #THREADS} callers at once (the server has more than one core).
	 */
	public void api(int count) {
		List<Operation> operations = OpenApiOperations.read(this.http);
		ApiMutations mutations = new ApiMutations(this.world);
		List<ApiMutations.Mutated> requests = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			requests.add(mutations.mutate(operations.get(i % operations.size()), this.random));
		}
		sendAll(requests);
	}

	/**
	 * Posts {@code count} mutated forms, round-robin over the forms (see {@link #discover}), in
	 * batches; signs in again after a batch in which the session ended.
	 */
	public void forms(List<Forms.Form> forms, int count) {
		for (int from = 0; from < count; from += 50) {
			List<ApiMutations.Mutated> batch = new ArrayList<>();
			for (int i = from; i < Math.min(count, from + 50); i++) {
				batch.add(new ApiMutations.Mutated(FormMutations.mutate(forms.get(i % forms.size()), this.random), true));
			}
			if (sendAll(batch).stream().anyMatch((answer) -> answer.location().contains("/signin"))) {
				signInAgain();
			}
		}
	}

	/**
	 * Sends {@code count} mutated GETs of the list pages among {@code pages} (see {@link ListMutations}),
	 * after reading each once for its pager and chip links.
	 */
	public void lists(List<String> pages, int count) {
		List<String> lists = pages.stream()
			.filter((p) -> p.endsWith("/users") || p.endsWith("/computers") || p.endsWith("/activity"))
			.toList();
		ListMutations mutations = new ListMutations(lists);
		for (String page : lists) {
			FuzzRequest request = FuzzRequest.of("GET", page + "?q=fuzz&role=REGULAR_MEMBER&status=DEACTIVATED&action=KEY_CREATED", Map.of(), null);
			FuzzHttp.Answer answer = this.http.send(request, true);
			check(request, answer);
			mutations.harvest(answer.body());
		}
		for (int from = 0; from < count; from += 50) {
			List<ApiMutations.Mutated> batch = new ArrayList<>();
			for (int i = from; i < Math.min(count, from + 50); i++) {
				batch.add(new ApiMutations.Mutated(mutations.mutate(this.random), true));
			}
			if (sendAll(batch).stream().anyMatch((answer) -> answer.location().contains("/signin"))) {
				signInAgain();
			}
		}
	}

	/** A refused sign-in (the fuzzer's own failures may throttle its address) leaves the rest anonymous. */
	private void signInAgain() {
		try {
			this.world.signIn();
		}
		catch (IllegalStateException ex) {
			// the remaining posts go without a session: still fuzzing, only less deep
		}
	}

	private List<FuzzHttp.Answer> sendAll(List<ApiMutations.Mutated> requests) {
		ExecutorService callers = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<FuzzHttp.Answer>> futures = new ArrayList<>();
			for (ApiMutations.Mutated mutated : requests) {
				futures.add(callers.submit(() -> this.http.send(mutated.request(), mutated.withSession())));
			}
			List<FuzzHttp.Answer> answers = new ArrayList<>();
			for (int i = 0; i < requests.size(); i++) {
				answers.add(futures.get(i).get());
				check(requests.get(i).request(), answers.get(i));
			}
			return answers;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			callers.shutdownNow();
		}
	}

	/**
	 * The post forms of the pages as the signed-in administrator sees them, one per action and set of
	 * fields; sign-out is left out. Found before fuzzing, while all the world's objects exist.
	 */
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
		this.world.confirmations().forEach((path, body) -> {
			String form = (body.isEmpty() ? "" : body + "&") + "_csrf=" + this.world.csrf;
			FuzzRequest request = FuzzRequest.of("POST", path,
					Map.of("Content-Type", "application/x-www-form-urlencoded"), form);
			FuzzHttp.Answer answer = this.http.send(request, true);
			check(request, answer);
			for (Forms.Form confirm : Forms.of(answer.body(), path)) {
				if (confirm.fields().containsKey("confirmed") && seen.add(confirm.action() + confirm.fields())) {
					forms.add(confirm);
				}
			}
		});
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
