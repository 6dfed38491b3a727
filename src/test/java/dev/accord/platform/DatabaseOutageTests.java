package dev.accord.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTests {

	@Test
	void noConnectionFromThePoolIsAnOutageHoweverDeeplyWrapped() {
		var noConnection = new CannotGetJdbcConnectionException("no connection",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));

		assertThat(DatabaseOutage.isCause(noConnection)).isTrue();
		assertThat(DatabaseOutage.isCause(new InternalAuthenticationServiceException("lookup", noConnection))).isTrue();
		assertThat(DatabaseOutage.isCause(new CannotCreateTransactionException("begin"))).isTrue();
	}

	@Test
	void aLostConnectionIsAnOutageByItsSqlState() {
		assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
		assertThat(DatabaseOutage.isCause(new SQLException("terminating connection", "57P01"))).isTrue();
		assertThat(DatabaseOutage.isCause(new TransactionSystemException("rollback failed",
				new SQLException("Connection is closed")))).isTrue();
	}

	@Test
	void brokenRulesAndBadDataAreNoOutage() {
		assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("duplicate key"))).isFalse();
		assertThat(DatabaseOutage.isCause(new SQLException("syntax error", "42601"))).isFalse();
		assertThat(DatabaseOutage.isCause(new TransactionSystemException("commit failed",
				new SQLException("could not serialize access", "40001")))).isFalse();
		assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();
	}

	@Test
	void aLockThatCouldNotBeTakenIsWorthRetryingLater() {
		assertThat(DatabaseOutage.isCause(new CannotAcquireLockException("lock timeout"))).isTrue();
	}

}
