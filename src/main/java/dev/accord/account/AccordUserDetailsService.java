package dev.accord.account;

import dev.accord.shared.EmailAddress;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccordUserDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	AccordUserDetailsService(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		String normalized = EmailAddress.normalize(email);
		if (normalized == null || normalized.length() > EmailAddress.MAX_LENGTH) {
			throw new UsernameNotFoundException("unknown");
		}
		return this.accounts.credentials(normalized).orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}

}
