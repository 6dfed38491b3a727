package dev.accord.business;

import java.time.Instant;
import java.util.UUID;

/**
 * A business account as callers see it.
 *
 * @param requireTwoStep whether members must have two-step verification to enter it
 */
public record BusinessAccountView(UUID id, String companyName, String country, String postcode, String phone,
		Instant createdAt, boolean requireTwoStep) {
}
