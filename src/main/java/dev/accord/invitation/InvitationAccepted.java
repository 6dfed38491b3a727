package dev.accord.invitation;

import java.util.UUID;

/**
 * The invited person accepted through the link (published before they join, so the log shows the
 * acceptance first).
 *
 * @param personId the personal account that accepted: the invited email's, or one made from the link
 */
public record InvitationAccepted(UUID businessAccountId, UUID invitationId, String email, UUID personId) {
}
