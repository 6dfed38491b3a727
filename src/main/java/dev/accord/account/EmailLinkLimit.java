package dev.accord.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.accord.platform.RateLimitedException;
import org.springframework.stereotype.Component;

/**
 * How often a person may be mailed a link of one kind: not twice within
 * {@code accord.account.email-links.resend-interval}, and at most
 * {@code accord.account.email-links.mails-per-day} in 24 hours.
 */
@Component
class EmailLinkLimit {

	private static final Duration DAY = Duration.ofDays(1);

	private final UserAccounts accounts;

	private final EmailLinks links;

	private final AccountSettings.EmailLinkLimits limits;

	private final Clock clock;

	EmailLinkLimit(UserAccounts accounts, EmailLinks links, AccountSettings settings, Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.limits = settings.emailLinks();
		this.clock = clock;
	}

	/**
	 * Passes when another link may go to this person now, holding their account row until commit
	 * (parallel requests then count one after the other); {@link RateLimitedException} otherwise.
	 */
	void check(UUID userId, EmailLinks.Purpose purpose) {
		this.accounts.lock(userId);
		Instant now = this.clock.instant();
		EmailLinks.Sent sent = this.links.sentSince(userId, purpose, now.minus(DAY));
		if (sent.count() >= this.limits.mailsPerDay()) {
			throw new RateLimitedException("email.links.dailyLimit", this.limits.mailsPerDay());
		}
		if (sent.newest() != null) {
			Duration wait = Duration.between(now, sent.newest().plus(this.limits.resendInterval()));
			if (!wait.isNegative() && !wait.isZero()) {
				long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
				throw new RateLimitedException(wait, "email.links.wait", seconds);
			}
		}
	}

	/** When a link sent now stops working. */
	Instant expiryOfNewLink() {
		return this.clock.instant().plus(this.limits.linkValidity());
	}

	/** How long links work, in hours (the mails say so). */
	long validHours() {
		return this.limits.linkValidity().toHours();
	}

}
