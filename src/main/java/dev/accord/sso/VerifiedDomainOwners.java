package dev.accord.sso;

import java.util.Optional;
import java.util.UUID;

import dev.accord.domain.VerifiedDomains;
import org.springframework.stereotype.Component;

/** {@link DomainOwners} from the domains module's verified domains. */
@Component
class VerifiedDomainOwners implements DomainOwners {

	private final VerifiedDomains domains;

	VerifiedDomainOwners(VerifiedDomains domains) {
		this.domains = domains;
	}

	@Override
	public Optional<UUID> ownerOfEmail(String email) {
		return this.domains.ownerOfEmail(email);
	}

	@Override
	public boolean any(UUID businessAccountId) {
		return !this.domains.verified(businessAccountId).isEmpty();
	}

}
