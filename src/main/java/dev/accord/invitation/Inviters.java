package dev.accord.invitation;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.accord.account.AccountService;
import dev.accord.account.AccountView;
import org.springframework.stereotype.Component;

/** The names of the people who sent invitations, asked of the account module ("" when unknown or deleted). */
@Component
class Inviters {

	private final AccountService accounts;

	Inviters(AccountService accounts) {
		this.accounts = accounts;
	}

	/** The name of who sent this invitation. */
	String nameOf(Invitation invitation) {
		UUID inviter = invitation.invitedBy();
		return (inviter != null) ? this.accounts.find(inviter).map(AccountView::displayName).orElse("") : "";
	}

	/** The names of who sent these invitations, by inviter id, in one query. */
	Map<UUID, String> namesOf(Collection<Invitation> invitations) {
		return this.accounts
			.displayNames(invitations.stream().map(Invitation::invitedBy).filter(Objects::nonNull).distinct().toList());
	}

}
