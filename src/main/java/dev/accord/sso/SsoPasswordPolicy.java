package dev.accord.sso;

import java.util.UUID;

import dev.accord.account.PasswordSignInPolicy;
import dev.accord.business.MembershipService;
import org.springframework.stereotype.Component;

/**
 * "Require SSO for verified domains": a person whose email is of a domain verified by a business
 * account with single sign-on on and required signs in through it, not with a password or passkey;
 * that account's active Account Administrators keep their password (with their own two-step) as
 * the recovery path when the provider fails.
 */
@Component
class SsoPasswordPolicy implements PasswordSignInPolicy {

	private final DomainOwners domains;

	private final SsoConnections connections;

	private final MembershipService memberships;

	SsoPasswordPolicy(DomainOwners domains, SsoConnections connections, MembershipService memberships) {
		this.domains = domains;
		this.connections = connections;
		this.memberships = memberships;
	}

	@Override
	public boolean requiresCompanySignIn(UUID userId, String email) {
		return this.domains.ownerOfEmail(email)
			.flatMap(this.connections::of)
			.filter((c) -> c.enabled() && c.requireSso())
			.filter((c) -> !administrator(c.businessAccountId(), userId))
			.isPresent();
	}

	private boolean administrator(UUID accountId, UUID userId) {
		return this.memberships.membershipsOf(userId)
			.stream()
			.anyMatch((m) -> m.businessAccountId().equals(accountId) && m.isAdministrator());
	}


}
