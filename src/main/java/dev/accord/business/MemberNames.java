package dev.accord.business;

import dev.accord.account.ProfileChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the copy of each member's name on their memberships current, in the transaction of the
 * profile change, so the member list never shows (or finds by) an old name.
 */
@Component
class MemberNames {

	private final Memberships memberships;

	MemberNames(Memberships memberships) {
		this.memberships = memberships;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ProfileChanged changed) {
		this.memberships.renameMember(changed.userId(), changed.firstName(), changed.lastName());
	}

}
