package dev.accord.account;

import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Finds and ends a person's sessions, which live in the database (Spring Session JDBC). */
@Component
class SessionRegistry {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Ends every session of this email except {@code keepSessionId} (which may be null). */
	int signOutOthers(String email, String keepSessionId) {
		Map<String, ? extends Session> found = this.sessions.findByPrincipalName(email);
		int ended = 0;
		for (String id : found.keySet()) {
			if (!id.equals(keepSessionId)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

	int count(String email) {
		return this.sessions.findByPrincipalName(email).size();
	}

}
