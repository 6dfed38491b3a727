package dev.accord.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers, per person and in the database, the context they used last, so that signing in (on
 * any device, on any instance) lands there again.
 */
@Service
public class LastContexts {

	private static final String PERSONAL = "personal";

	private final JdbcClient jdbc;

	LastContexts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The person now works in this context; written only when it changed, so page views stay reads. */
	@Transactional
	public void remember(UUID userId, LastContext context) {
		String value = context.isPersonal() ? PERSONAL : context.businessAccountId().toString();
		this.jdbc.sql("UPDATE user_account SET last_context = ? WHERE id = ? AND (last_context IS NULL OR last_context <> ?)")
			.params(value, userId, value)
			.update();
	}

	/** The context the person used last; empty when they never chose one. */
	@Transactional(readOnly = true)
	public Optional<LastContext> last(UUID userId) {
		return this.jdbc.sql("SELECT last_context FROM user_account WHERE id = ?")
			.param(userId)
			.query(String.class)
			.optional()
			.map(LastContexts::parse);
	}

	private static LastContext parse(String value) {
		if (PERSONAL.equals(value)) {
			return LastContext.personal();
		}
		try {
			return new LastContext(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return LastContext.personal();
		}
	}

}
