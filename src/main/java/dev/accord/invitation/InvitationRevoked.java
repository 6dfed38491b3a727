package dev.accord.invitation;

import java.util.UUID;

import dev.accord.shared.Actor;

/** An administrator revoked an invitation that was not yet accepted; its link stops working. */
public record InvitationRevoked(UUID businessAccountId, Actor actor, UUID invitationId, String email) {
}
