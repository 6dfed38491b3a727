package dev.accord.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.accord.shared.Actor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks every due domain (pending or verified) every {@code accord.domains.check-interval}, in
 * batches over a keyset of (next check, id). Each domain is claimed by a conditional update of its
 * next check before it is looked up: with several instances, one of them checks it.
 */
@Component
class ScheduledDomainChecks {

	private static final int BATCH = 100;

	private final Domains domains;

	private final DomainChecks checks;

	private final DomainsSettings settings;

	private final Clock clock;

	ScheduledDomainChecks(Domains domains, DomainChecks checks, DomainsSettings settings, Clock clock) {
		this.domains = domains;
		this.checks = checks;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${accord.domains.poll-interval:PT5M}",
			initialDelayString = "${accord.domains.poll-interval:PT5M}")
	void scheduled() {
		checkDue();
	}

	/** Checks the domains due now; returns how many this instance checked. */
	int checkDue() {
		Instant now = this.clock.instant();
		Instant afterAt = Instant.EPOCH;
		UUID afterId = new UUID(0, 0);
		int checked = 0;
		List<Domain> due;
		do {
			due = this.domains.due(now, afterAt, afterId, BATCH);
			for (Domain domain : due) {
				if (this.domains.claimScheduled(domain.id(), domain.nextCheckAt(), now.plus(this.settings.checkInterval()))) {
					this.checks.check(domain, Actor.system());
					checked++;
				}
			}
			if (!due.isEmpty()) {
				afterAt = due.get(due.size() - 1).nextCheckAt();
				afterId = due.get(due.size() - 1).id();
			}
		}
		while (due.size() == BATCH);
		return checked;
	}

}
