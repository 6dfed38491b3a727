package dev.accord.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who verified which domain, for the other modules (single sign-on, provisioning, invitations). A
 * domain matches exactly: verifying {@code example.com} says nothing about {@code sub.example.com}.
 */
@Service
public class VerifiedDomains {

	private final Domains domains;

	VerifiedDomains(Domains domains) {
		this.domains = domains;
	}

	/** The business account that verified this domain (case-insensitive, trailing dot ignored); empty when none. */
	@Transactional(readOnly = true)
	public Optional<UUID> ownerOf(String domain) {
		return DomainName.of(domain).flatMap((name) -> this.domains.ownerOf(name.value()));
	}

	/** The business account that verified the domain of this email address; empty when none. */
	@Transactional(readOnly = true)
	public Optional<UUID> ownerOfEmail(String email) {
		return DomainName.ofEmail(email).flatMap((name) -> this.domains.ownerOf(name.value()));
	}

	/** Whether this business account verified the domain of this email address. */
	@Transactional(readOnly = true)
	public boolean verifiedBy(UUID businessAccountId, String email) {
		return ownerOfEmail(email).filter(businessAccountId::equals).isPresent();
	}

	/** The domains this business account verified, by name. */
	@Transactional(readOnly = true)
	public List<String> verified(UUID businessAccountId) {
		return this.domains.verifiedBy(businessAccountId);
	}

}
