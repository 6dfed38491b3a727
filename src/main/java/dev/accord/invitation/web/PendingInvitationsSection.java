package dev.accord.invitation.web;

import java.util.Map;
import java.util.UUID;

import dev.accord.business.PersonalDashboardSection;
import dev.accord.invitation.JoinService;
import org.springframework.stereotype.Component;

/** The invitations waiting for the signed-in person's email, on their personal Dashboard. */
@Component
class PendingInvitationsSection implements PersonalDashboardSection {

	private final JoinService joins;

	PendingInvitationsSection(JoinService joins) {
		this.joins = joins;
	}

	@Override
	public Map<String, ?> attributes(UUID personId) {
		return Map.of("pendingInvitations", this.joins.pendingFor(personId));
	}

}
