package dev.accord.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database outage (no connection, connection lost, server shutting down or starting) from
 * every other failure, wherever it surfaces: in a controller, a security filter, the session
 * repository or wrapped by Spring Security. An outage is answered 503 with {@code Retry-After} by
 * {@link DatabaseOutageFilter}, never 500, and the next request tries the database again.
 */
public final class DatabaseOutage {

	/** Seconds a client should wait before trying again; about one failed connection attempt and more. */
	static final int RETRY_AFTER_SECONDS = 5;

	private DatabaseOutage() {
	}

	/** Whether this failure, or any of its causes, is the database being unreachable. */
	public static boolean isCause(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (isOutage(t)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isOutage(Throwable t) {
		return t instanceof Unavailable || t instanceof DataAccessResourceFailureException
				|| t instanceof TransientDataAccessException || t instanceof CannotCreateTransactionException
				|| t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
				|| (t instanceof SQLException sql && isConnectionState(sql.getSQLState()))
				|| (t instanceof TransactionSystemException failed && isLostConnection(failed));
	}

	/**
	 * A commit or rollback that failed on the connection itself; a rollback failure also hides the
	 * failure that caused it (kept as the application exception).
	 */
	private static boolean isLostConnection(TransactionSystemException failed) {
		if (isCause(failed.getApplicationException())) {
			return true;
		}
		// Class 40 (serialization failure, deadlock) is a refused transaction, not a lost connection.
		return failed.getCause() instanceof SQLException sql
				&& (sql.getSQLState() == null || !sql.getSQLState().startsWith("40"));
	}

	/**
	 * SQL states of a lost or refused connection: class 08 (connection exception), 57P01–57P03
	 * (PostgreSQL shutting down or not yet accepting connections).
	 */
	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P0"));
	}

	/**
	 * An outage carried through code that must not see the original exception type, e.g. out of an
	 * {@code AuthenticationManager}, where Spring Security would turn it into a "wrong password".
	 */
	public static final class Unavailable extends RuntimeException {

		public Unavailable(Throwable cause) {
			super("The database is unavailable", cause);
		}

	}

}
