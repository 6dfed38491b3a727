package dev.accord.business;

import java.util.UUID;

import dev.accord.shared.Actor;

/** An administrator switched "Require two-step verification" on or off; published only when it changed. */
public record TwoStepRequirementSwitched(UUID businessAccountId, String companyName, Actor actor, boolean required) {
}
