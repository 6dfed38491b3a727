package dev.accord.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A claimed domain as callers see it.
 *
 * @param recordValue the TXT value to publish at {@code name}
 * @param lastCheckResult null until the first check
 */
public record DomainView(UUID id, UUID businessAccountId, String name, DomainStatus status, String recordValue,
		Instant createdAt, Instant verifiedAt, Instant lastCheckedAt, CheckResult lastCheckResult) {

	/** The prefix of every verification record's value. */
	public static final String RECORD_PREFIX = "accord-verification=";

}
