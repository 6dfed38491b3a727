package dev.accord.sso;

import java.util.Set;
import java.util.UUID;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * The person the provider vouches for, after the library validated the ID token: their email must
 * be verified ({@code email_verified} true) and of a domain that this connection's business
 * account has verified; otherwise the sign-in fails with a reason.
 */
@Component
class SsoUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String EMAIL_NOT_VERIFIED = "email_not_verified";

	static final String OTHER_DOMAIN = "other_domain";

	static final String BLOCKED = "blocked";

	/** The reasons the sign-in page explains; any other failure is "failed". */
	static final Set<String> REASONS = Set.of(EMAIL_NOT_VERIFIED, OTHER_DOMAIN, BLOCKED, "unavailable", "none");

	private final OidcUserService delegate = new OidcUserService();

	private final DomainOwners domains;

	SsoUsers(DomainOwners domains) {
		this.domains = domains;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = this.delegate.loadUser(request);
		if (!Boolean.TRUE.equals(user.getEmailVerified())) {
			throw refused(EMAIL_NOT_VERIFIED);
		}
		String email = user.getEmail();
		UUID accountId = UUID.fromString(request.getClientRegistration().getRegistrationId());
		if (email == null || !this.domains.ownerOfEmail(email).filter(accountId::equals).isPresent()) {
			throw refused(OTHER_DOMAIN);
		}
		return user;
	}

	static OAuth2AuthenticationException refused(String reason) {
		return new OAuth2AuthenticationException(new OAuth2Error(reason));
	}

}
