package dev.accord.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.accord.business.BusinessAccess;
import dev.accord.platform.NotFoundException;
import dev.accord.platform.RateLimitedException;
import dev.accord.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account Administrators' verified domains: list, add, check now, remove. Every call checks the caller. */
@Service
public class DomainService {

	private final Domains domains;

	private final DomainChecks checks;

	private final BusinessAccess access;

	private final DomainsSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DomainService(Domains domains, DomainChecks checks, BusinessAccess access, DomainsSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.domains = domains;
		this.checks = checks;
		this.access = access;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** The account's domains by name. */
	@Transactional(readOnly = true)
	public List<DomainView> list(UUID accountId, UUID callerId) {
		this.access.administrator(accountId, callerId);
		return this.domains.of(accountId).stream().map(Domain::view).toList();
	}

	@Transactional(readOnly = true)
	public DomainView get(UUID accountId, UUID callerId, UUID domainId) {
		this.access.administrator(accountId, callerId);
		return find(accountId, domainId).view();
	}

	/**
	 * Claims a domain, pending until its record is found. {@link DomainExistsException} when this
	 * account claimed it already, {@link DomainTakenException} when another one verified it.
	 */
	@Transactional
	public DomainView add(UUID accountId, UUID callerId, String typedName) {
		this.access.administrator(accountId, callerId);
		DomainName name = DomainName.parse(typedName);
		if (this.domains.claimed(accountId, name.value())) {
			throw new DomainExistsException();
		}
		if (this.domains.ownerOf(name.value()).isPresent()) {
			throw new DomainTakenException();
		}
		Domain domain = Domain.claim(accountId, name, this.clock.instant(), this.settings);
		try {
			this.domains.add(domain);
		}
		catch (DuplicateKeyException ex) {
			throw new DomainExistsException(); // the same name added twice at once
		}
		this.events.publishEvent(new DomainAdded(accountId, Actor.person(callerId), domain.id(), domain.name()));
		return domain.view();
	}

	/**
	 * Looks the domain's record up now. At most once per {@code accord.domains.check-now-every} per
	 * domain, else {@link RateLimitedException}; the look-up runs outside the transaction.
	 */
	public DomainView check(UUID accountId, UUID callerId, UUID domainId) {
		this.access.administrator(accountId, callerId);
		Domain domain = find(accountId, domainId);
		Instant now = this.clock.instant();
		Duration every = this.settings.checkNowEvery();
		if (!this.domains.claimCheck(domain.id(), now, now.minus(every))) {
			throw new RateLimitedException(every, "domain.checkTooSoon");
		}
		DomainView checked = this.checks.check(domain, Actor.person(callerId));
		if (checked == null) {
			throw new NotFoundException();
		}
		return checked;
	}

	/** Removes the claim (and a verification with it: another account may then verify the name). */
	@Transactional
	public void remove(UUID accountId, UUID callerId, UUID domainId) {
		this.access.administrator(accountId, callerId);
		Domain domain = find(accountId, domainId);
		if (!this.domains.remove(accountId, domainId)) {
			throw new NotFoundException();
		}
		this.events.publishEvent(new DomainRemoved(accountId, Actor.person(callerId), domain.id(), domain.name()));
	}

	private Domain find(UUID accountId, UUID domainId) {
		return this.domains.byId(accountId, domainId).orElseThrow(NotFoundException::new);
	}

}
