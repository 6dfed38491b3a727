package dev.accord.invitation;

import java.util.UUID;

public record InviteResult(String email, InviteOutcome outcome, UUID invitationId) {
}
