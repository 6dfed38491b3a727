package dev.accord.sso;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Email first: whether an email's domain signs in through a business account's identity provider.
 * It answers for the domain only, the same for every address of it, so it tells nothing about who
 * has an account.
 */
@Component
public class SsoRoutes {

	private final DomainOwners domains;

	private final SsoRegistrations registrations;

	SsoRoutes(DomainOwners domains, SsoRegistrations registrations) {
		this.domains = domains;
		this.registrations = registrations;
	}

	/** The route for this email, when its domain uses single sign-on. */
	public Optional<Route> routeFor(String email) {
		if (email == null || email.length() > 254 || email.indexOf('@') < 1) {
			return Optional.empty();
		}
		return this.domains.ownerOfEmail(email.strip())
			.flatMap((id) -> this.registrations.enabled(id.toString()))
			.map((c) -> new Route(c.businessAccountId(), c.requireSso()));
	}

	/**
	 * Where to go: {@link #path()} starts the provider's sign-in.
	 *
	 * @param required whether the password is refused for this domain
	 */
	public record Route(UUID businessAccountId, boolean required) {

		public String path() {
			return "/oauth2/authorization/" + this.businessAccountId;
		}

	}

}
