package dev.accord.account;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Two requests of one session that add the same new attribute at the same moment (two tabs, a
 * double click) made Spring Session's plain INSERT fail on the primary key, a 500. The attribute
 * is written as an upsert instead: PostgreSQL's {@code ON CONFLICT DO UPDATE}, H2's {@code MERGE … KEY}.
 */
@Component
class SessionAttributeUpserts implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

	private static final String H2_UPSERT = "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, "
			+ "ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

	private final boolean postgres;

	SessionAttributeUpserts(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
				.contains("postgres");
		}
	}

	@Override
	public void customize(JdbcIndexedSessionRepository sessions) {
		if (this.postgres) {
			new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(sessions);
		}
		else {
			sessions.setCreateSessionAttributeQuery(H2_UPSERT);
		}
	}

}
