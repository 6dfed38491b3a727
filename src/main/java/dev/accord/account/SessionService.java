package dev.accord.account;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * The sessions a person sees in Security Settings and the API: list them, sign one out, sign out
 * all the others. Sessions are named by their id ({@link SessionView#id()}), never by the cookie.
 */
@Service
public class SessionService {

	private final AccountService accounts;

	private final SessionRegistry registry;

	SessionService(AccountService accounts, SessionRegistry registry) {
		this.accounts = accounts;
		this.registry = registry;
	}

	/** The person's active sessions, most recently used first; {@code currentSessionId} may be null. */
	public List<SessionView> list(UUID userId, String currentSessionId) {
		return this.registry.list(this.accounts.get(userId).email(), currentSessionId);
	}

	/** Signs one of the person's sessions out; another person's or an unknown id is {@link dev.accord.platform.NotFoundException}. */
	public void signOut(UUID userId, UUID sessionId) {
		this.registry.signOut(this.accounts.get(userId).email(), sessionId.toString());
	}

	/** Signs out every session of the person but {@code keepSessionId}; returns how many ended. */
	public int signOutOthers(UUID userId, String keepSessionId) {
		return this.accounts.signOutOtherSessions(userId, keepSessionId);
	}

}
