package dev.accord.account;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A deleted account's passkeys go with it (Spring's tables do not reference {@code user_account}). */
@Component
class DeletedPasskeys {

	private final Passkeys passkeys;

	DeletedPasskeys(Passkeys passkeys) {
		this.passkeys = passkeys;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(AccountDeleted deleted) {
		this.passkeys.removeAll(deleted.userId());
	}

}
