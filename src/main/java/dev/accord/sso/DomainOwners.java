package dev.accord.sso;

import java.util.Optional;
import java.util.UUID;

/** Who has verified which email domain; answered by the domains module ({@link VerifiedDomainOwners}). */
interface DomainOwners {

	/** The business account that has verified the domain of this email. */
	Optional<UUID> ownerOfEmail(String email);

	/** Whether this business account has verified at least one domain. */
	boolean any(UUID businessAccountId);

}
