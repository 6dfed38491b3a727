package dev.accord.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.accord.business.BusinessAccess;
import dev.accord.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A business account's "Invite only people of verified domains", and which addresses it refuses. */
@Service
public class DomainSettings {

	private final JdbcClient jdbc;

	private final BusinessAccess access;

	private final VerifiedDomains verified;

	private final ApplicationEventPublisher events;

	DomainSettings(JdbcClient jdbc, BusinessAccess access, VerifiedDomains verified, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.access = access;
		this.verified = verified;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public boolean inviteOnlyVerifiedDomains(UUID accountId, UUID callerId) {
		this.access.administrator(accountId, callerId);
		return inviteOnly(accountId);
	}

	/** Switches the restriction; publishes {@link DomainSettingsChanged} when it changed. */
	@Transactional
	public boolean changeInviteOnlyVerifiedDomains(UUID accountId, UUID callerId, boolean on) {
		this.access.administrator(accountId, callerId);
		boolean before = inviteOnly(accountId);
		int updated = this.jdbc.sql("UPDATE domain_settings SET invite_only_verified_domains = ? WHERE business_account_id = ?")
			.params(on, accountId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("INSERT INTO domain_settings (business_account_id, invite_only_verified_domains) VALUES (?, ?)")
				.params(accountId, on)
				.update();
		}
		if (before != on) {
			this.events.publishEvent(new DomainSettingsChanged(accountId, Actor.person(callerId), on));
		}
		return on;
	}

	/**
	 * The addresses an invitation of this business account may not go to: those whose domain it did
	 * not verify, while the restriction is on; none while it is off.
	 */
	@Transactional(readOnly = true)
	public List<String> notInvitable(UUID accountId, Collection<String> emails) {
		if (!inviteOnly(accountId)) {
			return List.of();
		}
		List<String> domains = this.verified.verified(accountId);
		return emails.stream()
			.filter((email) -> DomainName.ofEmail(email).map(DomainName::value).filter(domains::contains).isEmpty())
			.toList();
	}

	private boolean inviteOnly(UUID accountId) {
		return this.jdbc.sql("SELECT invite_only_verified_domains FROM domain_settings WHERE business_account_id = ?")
			.param(accountId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

}
