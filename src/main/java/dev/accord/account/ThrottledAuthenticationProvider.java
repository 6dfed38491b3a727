package dev.accord.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

/** Checks and counts wrong passwords around the real password check (sign-in page and API tokens). */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		SignInThrottle.Attempt attempt = this.throttle.attempt(authentication.getName());
		if (!attempt.allowed()) {
			throw new TooManyAttemptsException(attempt.waitSeconds());
		}
		// A failure is already counted; only success clears it.
		Authentication result = this.delegate.authenticate(authentication);
		attempt.succeeded();
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.delegate.supports(authentication);
	}

}
