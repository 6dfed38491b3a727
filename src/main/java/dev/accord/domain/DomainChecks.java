package dev.accord.domain;

import java.time.Clock;
import java.util.UUID;

import dev.accord.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks one domain: the DNS look-up runs outside any transaction, its result is written in one.
 * Two business accounts verifying the same name at once meet the UNIQUE constraint on
 * {@code verified_name}: the second one's transaction rolls back and it records "taken" instead.
 */
@Component
class DomainChecks {

	private final Domains domains;

	private final DnsTxtLookup dns;

	private final DomainsSettings settings;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DomainChecks(Domains domains, DnsTxtLookup dns, DomainsSettings settings, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.domains = domains;
		this.dns = dns;
		this.settings = settings;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/** Looks the domain up and records what was found, as this actor; the domain as it is then. */
	DomainView check(Domain domain, Actor actor) {
		CheckResult found = this.dns.check(domain.name(), domain.recordValue());
		try {
			return this.transactions.execute((status) -> apply(domain.id(), found, actor));
		}
		catch (DataIntegrityViolationException ex) {
			// Another business account verified the name between our look-up and our write.
			return this.transactions.execute((status) -> {
				Domain current = this.domains.byId(domain.id()).orElse(null);
				if (current == null) {
					return null;
				}
				current.checked(found, true, this.clock.instant(), this.settings);
				current.refusedAsTaken();
				this.domains.save(current);
				return current.view();
			});
		}
	}

	private DomainView apply(UUID id, CheckResult found, Actor actor) {
		Domain domain = this.domains.byId(id).orElse(null);
		if (domain == null) {
			return null; // removed while it was looked up
		}
		boolean taken = this.domains.ownerOf(domain.name()).filter((owner) -> !owner.equals(domain.businessAccountId()))
			.isPresent();
		Domain.Outcome outcome = domain.checked(found, taken, this.clock.instant(), this.settings);
		this.domains.save(domain);
		switch (outcome) {
			case VERIFIED -> this.events
				.publishEvent(new DomainVerified(domain.businessAccountId(), actor, domain.id(), domain.name()));
			case LOST -> this.events.publishEvent(
					new DomainVerificationLost(domain.businessAccountId(), Actor.system(), domain.id(), domain.name()));
			case UNCHANGED -> {
			}
		}
		return domain.view();
	}

}
