package dev.accord.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * A person signed in with a passkey. The principal is the {@link AccordUser}, as after a password
 * sign-in, so every page and endpoint sees the same person; the {@code FACTOR_WEBAUTHN} authority
 * says how (a passkey sign-in is two-step: something held, unlocked by a PIN or biometric).
 */
final class PasskeyAuthentication extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final AccordUser user;

	PasskeyAuthentication(AccordUser user, Collection<? extends GrantedAuthority> authorities) {
		super(withFactor(authorities));
		this.user = user;
		super.setAuthenticated(true);
	}

	private static List<GrantedAuthority> withFactor(Collection<? extends GrantedAuthority> authorities) {
		List<GrantedAuthority> all = new ArrayList<>(authorities);
		all.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
		return all;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public AccordUser getPrincipal() {
		return this.user;
	}

	@Override
	public void setAuthenticated(boolean authenticated) {
		if (authenticated) {
			throw new IllegalArgumentException("created authenticated only");
		}
		super.setAuthenticated(false);
	}

}
