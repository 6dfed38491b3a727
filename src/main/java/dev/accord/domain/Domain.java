package dev.accord.domain;

import java.time.Instant;
import java.util.UUID;

import dev.accord.platform.SecureTokens;

/**
 * A domain claimed by one business account, and the rules of its checks: a found record verifies
 * it; a verified domain whose record is missing stays verified for the grace period, then loses
 * its verification; a pending domain is checked on the schedule for a while, then fails (and is
 * checked only on demand). A failed look-up (DNS down) changes nothing but the result shown.
 */
class Domain {

	private final UUID id;

	private final UUID businessAccountId;

	private final String name;

	private final String token;

	private final Instant createdAt;

	private Instant verifiedAt;

	private Instant lastCheckedAt;

	private CheckResult lastCheckResult;

	private Instant failingSince;

	private Instant nextCheckAt;

	Domain(UUID id, UUID businessAccountId, String name, String token, Instant createdAt, Instant verifiedAt,
			Instant lastCheckedAt, CheckResult lastCheckResult, Instant failingSince, Instant nextCheckAt) {
		this.id = id;
		this.businessAccountId = businessAccountId;
		this.name = name;
		this.token = token;
		this.createdAt = createdAt;
		this.verifiedAt = verifiedAt;
		this.lastCheckedAt = lastCheckedAt;
		this.lastCheckResult = lastCheckResult;
		this.failingSince = failingSince;
		this.nextCheckAt = nextCheckAt;
	}

	/** A new claim with its own random token, first checked on the schedule one interval later. */
	static Domain claim(UUID businessAccountId, DomainName name, Instant now, DomainsSettings settings) {
		return new Domain(UUID.randomUUID(), businessAccountId, name.value(), SecureTokens.generate(""), now, null,
				null, null, null, now.plus(settings.checkInterval()));
	}

	/** What a check changed. */
	enum Outcome {

		VERIFIED, LOST, UNCHANGED

	}

	/**
	 * Takes the result of a look-up ({@code taken}: another account holds the verification).
	 * Returns whether the domain got, or lost, its verification.
	 */
	Outcome checked(CheckResult found, boolean taken, Instant now, DomainsSettings settings) {
		this.lastCheckedAt = now;
		this.nextCheckAt = now.plus(settings.checkInterval());
		if (found == CheckResult.FOUND) {
			this.failingSince = null;
			if (isVerified()) {
				this.lastCheckResult = CheckResult.FOUND;
				return Outcome.UNCHANGED;
			}
			if (taken) {
				this.lastCheckResult = CheckResult.TAKEN;
				return Outcome.UNCHANGED;
			}
			this.lastCheckResult = CheckResult.FOUND;
			this.verifiedAt = now;
			return Outcome.VERIFIED;
		}
		this.lastCheckResult = found;
		if (found != CheckResult.LOOKUP_FAILED && this.failingSince == null) {
			this.failingSince = now;
		}
		if (isVerified()) {
			if (this.failingSince != null && !this.failingSince.plus(settings.gracePeriod()).isAfter(now)) {
				this.verifiedAt = null;
				this.nextCheckAt = null;
				return Outcome.LOST;
			}
			return Outcome.UNCHANGED;
		}
		if (!this.createdAt.plus(settings.pendingFor()).isAfter(now)) {
			this.nextCheckAt = null;
		}
		return Outcome.UNCHANGED;
	}

	/** The same domain as it was: the verification refused by the database is taken back. */
	void refusedAsTaken() {
		this.verifiedAt = null;
		this.lastCheckResult = CheckResult.TAKEN;
	}

	boolean isVerified() {
		return this.verifiedAt != null;
	}

	DomainStatus status() {
		if (isVerified()) {
			return DomainStatus.VERIFIED;
		}
		return (this.nextCheckAt == null) ? DomainStatus.FAILED : DomainStatus.PENDING;
	}

	String recordValue() {
		return DomainView.RECORD_PREFIX + this.token;
	}

	DomainView view() {
		return new DomainView(this.id, this.businessAccountId, this.name, status(), recordValue(), this.createdAt,
				this.verifiedAt, this.lastCheckedAt, this.lastCheckResult);
	}

	UUID id() {
		return this.id;
	}

	UUID businessAccountId() {
		return this.businessAccountId;
	}

	String name() {
		return this.name;
	}

	String token() {
		return this.token;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant verifiedAt() {
		return this.verifiedAt;
	}

	Instant lastCheckedAt() {
		return this.lastCheckedAt;
	}

	CheckResult lastCheckResult() {
		return this.lastCheckResult;
	}

	Instant failingSince() {
		return this.failingSince;
	}

	Instant nextCheckAt() {
		return this.nextCheckAt;
	}

}
