package dev.accord.domain;

import java.util.UUID;

import dev.accord.shared.Actor;

/** An administrator switched "Invite only people of verified domains"; published only when it changed. */
public record DomainSettingsChanged(UUID businessAccountId, Actor actor, boolean inviteOnlyVerifiedDomains) {
}
