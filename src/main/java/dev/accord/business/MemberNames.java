package dev.accord.business;

import dev.accord.account.EmailChanged;
import dev.accord.account.ProfileChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the copy of each member's name and email on their memberships current, in the transaction
 * of the profile or email change, so the member list never shows (or finds by) an old one.
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

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(EmailChanged changed) {
		this.memberships.changeMemberEmail(changed.userId(), changed.newEmail());
	}

}
