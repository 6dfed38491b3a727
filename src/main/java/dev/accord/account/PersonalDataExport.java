package dev.accord.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Download my data": the person's profile, sessions and API tokens (their metadata, never a
 * secret or hash), then each {@link PersonalData} part of the other modules, in one document.
 */
@Service
public class PersonalDataExport {

	private final AccountService accounts;

	private final SessionRegistry sessions;

	private final ApiTokenService tokens;

	private final ObjectProvider<PersonalData> parts;

	private final Clock clock;

	PersonalDataExport(AccountService accounts, SessionRegistry sessions, ApiTokenService tokens,
			ObjectProvider<PersonalData> parts, Clock clock) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.tokens = tokens;
		this.parts = parts;
		this.clock = clock;
	}

	/** The person's data; {@code currentSessionId} (or null) marks the session that asked. */
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID userId, String currentSessionId) {
		AccountView account = this.accounts.get(userId);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("exportedAt", this.clock.instant());
		data.put("profile", new Profile(account.id(), account.email(), account.firstName(), account.lastName(),
				account.language().tag(), this.accounts.timeZone(userId).map(Object::toString).orElse(null),
				account.emailVerified(), account.createdAt()));
		data.put("sessions", this.sessions.list(account.email(), currentSessionId));
		data.put("apiTokens", this.tokens.list(userId));
		this.parts.orderedStream().forEach((part) -> data.put(part.section(), part.of(userId)));
		return data;
	}

	/** The personal account as exported; the password's hash stays behind. */
	record Profile(UUID id, String email, String firstName, String lastName, String language, String timeZone,
			boolean emailVerified, java.time.Instant createdAt) {
	}

}
