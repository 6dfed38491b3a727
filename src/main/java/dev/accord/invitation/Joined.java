package dev.accord.invitation;

import java.util.UUID;

import dev.accord.account.AccountView;
import dev.accord.business.Role;

/** The outcome of accepting an invitation: who joined which account, with which role. */
public record Joined(AccountView account, UUID businessAccountId, Role role) {
}
