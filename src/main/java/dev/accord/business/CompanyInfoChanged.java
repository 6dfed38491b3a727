package dev.accord.business;

import java.util.UUID;

import dev.accord.shared.Actor;

/** An administrator changed a business account's company information; published only when a field changed. */
public record CompanyInfoChanged(UUID businessAccountId, Actor actor, CompanyInfo before, CompanyInfo after) {
}
