package dev.accord.sso;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Verified domains as a test sets them: domain → business account. */
class TestDomains implements DomainOwners {

	private final Map<String, UUID> owners = new ConcurrentHashMap<>();

	void verify(String domain, UUID businessAccountId) {
		this.owners.put(domain, businessAccountId);
	}

	@Override
	public Optional<UUID> ownerOfEmail(String email) {
		int at = (email != null) ? email.lastIndexOf('@') : -1;
		return (at < 0) ? Optional.empty() : Optional.ofNullable(this.owners.get(email.substring(at + 1).toLowerCase()));
	}

	@Override
	public boolean any(UUID businessAccountId) {
		return this.owners.containsValue(businessAccountId);
	}

}
