package dev.accord.invitation;

import java.util.UUID;

/** A pending invitation shown to the invited person once they are signed in. */
public record PendingInvitation(UUID invitationId, UUID businessAccountId, String companyName) {
}
