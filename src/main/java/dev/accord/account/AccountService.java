package dev.accord.account;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.accord.platform.NotFoundException;
import dev.accord.platform.PlainText;
import dev.accord.platform.SecureTokens;
import dev.accord.platform.TimeZones;
import dev.accord.platform.ValidationException;
import dev.accord.shared.EmailAddress;
import dev.accord.shared.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal accounts: sign up, look up, change profile and password. */
@Service
public class AccountService {

	private final UserAccounts accounts;

	private final PasswordEncoder passwords;

	private final SessionRegistry sessions;

	private final SignInThrottle throttle;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final EmailVerificationService verification;

	AccountService(UserAccounts accounts, PasswordEncoder passwords, SessionRegistry sessions, SignInThrottle throttle,
			Clock clock, ApplicationEventPublisher events, EmailVerificationService verification) {
		this.accounts = accounts;
		this.verification = verification;
		this.events = events;
		this.throttle = throttle;
		this.passwords = passwords;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * Creates a personal account; {@link EmailTakenException} when the email (in any case) is used.
	 * An account whose email is not proven yet is mailed a verification link.
	 */
	@Transactional
	public AccountView signUp(SignUp signUp) {
		String email = EmailAddress.normalize(signUp.email());
		if (this.accounts.byEmail(email).isPresent()) {
			throw new EmailTakenException();
		}
		UUID id = UUID.randomUUID();
		try {
			this.accounts.add(id, email, this.passwords.encode(signUp.password()), signUp.firstName().trim(),
					signUp.lastName().trim(), signUp.language(), signUp.emailVerified(), this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new EmailTakenException();
		}
		AccountView account = this.accounts.byId(id).orElseThrow();
		if (!account.emailVerified()) {
			this.verification.sendAfterSignUp(account);
		}
		return account;
	}

	/**
	 * The personal account with this email, made when there is none, for a business account's
	 * identity provider (single sign-on's first sign-in, SCIM provisioning), which vouches for the
	 * address: the account is created verified, in {@code language}, with a password nobody
	 * knows; the person signs in through the provider, or sets a password by "Forgot password?".
	 * An existing account is returned as it is. Two provisioning requests at once make one account.
	 */
	@Transactional
	public AccountView provision(String email, String firstName, String lastName, Language language) {
		String normalized = EmailAddress.normalize(email);
		Optional<AccountView> existing = this.accounts.byEmail(normalized);
		if (existing.isPresent()) {
			return existing.get();
		}
		String unknowable = this.passwords.encode(SecureTokens.generate("unusable_"));
		this.accounts.addIfAbsent(UUID.randomUUID(), normalized, unknowable, firstName.trim(), lastName.trim(),
				language, true, this.clock.instant());
		return this.accounts.byEmail(normalized).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(UUID id) {
		return this.accounts.byId(id);
	}

	/**
	 * The display names of these accounts, by id, in one query (for lists that show who did
	 * something); ids of accounts that no longer exist are left out.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> displayNames(Collection<UUID> ids) {
		return this.accounts.byIds(ids).stream().collect(Collectors.toMap(AccountView::id, AccountView::displayName));
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findByEmail(String email) {
		return this.accounts.byEmail(EmailAddress.normalize(email));
	}

	@Transactional(readOnly = true)
	public AccountView get(UUID id) {
		return this.accounts.byId(id).orElseThrow(NotFoundException::new);
	}

	/** Changes name and language; a changed name is published as {@link ProfileChanged}. */
	@Transactional
	public AccountView changeProfile(UUID id, String firstName, String lastName, Language language) {
		PlainText.requireSingleLine("firstName", firstName);
		PlainText.requireSingleLine("lastName", lastName);
		AccountView before = get(id);
		this.accounts.changeProfile(id, firstName.trim(), lastName.trim(), language);
		AccountView after = get(id);
		if (!before.firstName().equals(after.firstName()) || !before.lastName().equals(after.lastName())) {
			this.events.publishEvent(new ProfileChanged(id, after.firstName(), after.lastName()));
		}
		return after;
	}

	/** The time zone this person chose, if any (none: times are shown in UTC). */
	@Transactional(readOnly = true)
	public Optional<ZoneId> timeZone(UUID id) {
		return this.accounts.timeZone(id).flatMap(TimeZones::parse);
	}

	/** Shows this person's times in the zone from now on. */
	@Transactional
	public void changeTimeZone(UUID id, ZoneId zone) {
		this.accounts.changeTimeZone(id, zone.getId());
	}

	/** Whether the password is this account's current one. */
	@Transactional(readOnly = true)
	public boolean checkPassword(UUID id, String password) {
		return this.accounts.passwordHash(id).map((hash) -> this.passwords.matches(password, hash)).orElse(false);
	}

	/** Ends every other session of this person; returns how many were ended. */
	public int signOutOtherSessions(UUID id, String keepSessionId) {
		return this.sessions.signOutOthers(get(id).email(), keepSessionId);
	}

	/**
	 * Changes the password after checking the current one (throttled like sign-in:
	 * {@link dev.accord.platform.RateLimitedException} while it must wait), and signs out every
	 * other session of this person.
	 */
	@Transactional
	public void changePassword(UUID id, String currentPassword, String newPassword, String keepSessionId) {
		if (!this.throttle.check(get(id).email(), () -> checkPassword(id, currentPassword))) {
			throw ValidationException.of("currentPassword", "account.password.wrong");
		}
		this.accounts.changePassword(id, this.passwords.encode(newPassword));
		this.sessions.signOutOthers(get(id).email(), keepSessionId);
	}

	/**
	 * Sets a new password without the old one (a reset link): ends every session, forgets failed
	 * sign-ins; the link came to the address, so the address counts as verified from now on.
	 */
	void resetPassword(UUID id, String newPassword) {
		String email = get(id).email();
		this.accounts.changePassword(id, this.passwords.encode(newPassword));
		this.accounts.markVerified(id);
		this.sessions.signOutOthers(email, null);
		this.throttle.forget(email);
	}

}
