package dev.accord.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.accord.mail.Mail;
import dev.accord.mail.MailService;
import dev.accord.platform.AccordProperties;
import dev.accord.platform.ValidationException;
import dev.accord.shared.EmailAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changing the email: asked with the current password, done when the person follows the single-use
 * link mailed to the new address (valid as long as a verification link), if no other account took the
 * address meanwhile. The answer to a request never tells whether the new address is taken: its owner
 * is told by mail that someone tried. After the change the old address is told, and every session of
 * the person ends but the one that followed the link.
 */
@Service
public class EmailChangeService {

	private final UserAccounts accounts;

	private final AccountService accountService;

	private final EmailLinks links;

	private final EmailLinkLimit limit;

	private final SignInThrottle throttle;

	private final SessionRegistry sessions;

	private final MailService mail;

	private final AccordProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	EmailChangeService(UserAccounts accounts, AccountService accountService, EmailLinks links, EmailLinkLimit limit,
			SignInThrottle throttle, SessionRegistry sessions, MailService mail, AccordProperties properties,
			ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
		this.accounts = accounts;
		this.accountService = accountService;
		this.links = links;
		this.limit = limit;
		this.throttle = throttle;
		this.sessions = sessions;
		this.mail = mail;
		this.properties = properties;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Mails a confirmation link to the new address, or, when another account has it, a note that
	 * someone tried; the caller sees the same either way (both count towards the limits). A wrong
	 * password is a field error {@code password} (throttled like sign-in), the current address one
	 * on {@code newEmail}; {@link dev.accord.platform.RateLimitedException} past the limits.
	 */
	@Transactional
	public void request(UUID userId, String newEmail, String password) {
		AccountView account = this.accountService.get(userId);
		if (!EmailAddress.isValid(newEmail)) {
			throw ValidationException.of("newEmail", "validation.email");
		}
		String address = EmailAddress.normalize(newEmail);
		if (!this.throttle.check(account.email(),
				() -> password != null && this.accountService.checkPassword(userId, password))) {
			throw ValidationException.of("password", "account.password.wrong");
		}
		if (address.equals(account.email())) {
			throw ValidationException.of("newEmail", "email.change.same");
		}
		this.limit.check(userId, EmailLinks.Purpose.CHANGE);
		String token = this.links.add(userId, EmailLinks.Purpose.CHANGE, address, this.clock.instant(),
				this.limit.expiryOfNewLink());
		Optional<AccountView> holder = this.accounts.byEmail(address);
		if (holder.isPresent()) {
			// The stored link is never mailed: it only counts, so that limits answer alike.
			this.mail.enqueue(new Mail(address, holder.get().language().locale(), "email-change-taken",
					new Object[] { this.properties.brand().name() },
					Map.of("name", holder.get().displayName(), "link", this.properties.link("/forgot-password"))));
			return;
		}
		this.mail.enqueue(new Mail(address, account.language().locale(), "email-change",
				new Object[] { this.properties.brand().name() },
				Map.of("name", account.displayName(), "link", this.properties.link("/change-email?token=" + token),
						"oldEmail", account.email(), "newEmail", address, "validHours", this.limit.validHours())));
	}

	/** Whether the link can still be used, and the address it would give. */
	@Transactional(readOnly = true)
	public Optional<String> pendingAddress(String token) {
		return this.links.usable(token, EmailLinks.Purpose.CHANGE, this.clock.instant()).map(EmailLinks.Link::newEmail);
	}

	/**
	 * Follows the link: the account takes the new address (verified), the old address is mailed,
	 * {@link EmailChanged} is published, and every session of the person ends except the one of
	 * this request when it is theirs ({@code signedInUserId}, {@code sessionId}; either may be null).
	 * Two accounts changing to one address at once: one gets it, the other {@link Outcome#TAKEN},
	 * with its link still usable.
	 */
	public Confirmed confirm(String token, UUID signedInUserId, String sessionId) {
		try {
			return this.transaction.execute((status) -> change(token, signedInUserId, sessionId));
		}
		catch (DuplicateKeyException ex) {
			return new Confirmed(Outcome.TAKEN, null);
		}
	}

	private Confirmed change(String token, UUID signedInUserId, String sessionId) {
		Instant now = this.clock.instant();
		Optional<EmailLinks.Link> link = this.links.usable(token, EmailLinks.Purpose.CHANGE, now);
		if (link.isEmpty()) {
			return new Confirmed(Outcome.UNUSABLE, null);
		}
		if (this.accounts.byEmail(link.get().newEmail()).isPresent()) {
			return new Confirmed(Outcome.TAKEN, null);
		}
		if (!this.links.use(token, EmailLinks.Purpose.CHANGE, now)) {
			return new Confirmed(Outcome.UNUSABLE, null);
		}
		UUID userId = link.get().userId();
		String keepSessionId = userId.equals(signedInUserId) ? sessionId : null;
		AccountView before = this.accountService.get(userId);
		this.accounts.changeEmail(userId, link.get().newEmail());
		this.links.voidAll(userId, EmailLinks.Purpose.CHANGE, now);
		this.links.voidAll(userId, EmailLinks.Purpose.VERIFY, now);
		this.events.publishEvent(new EmailChanged(userId, before.email(), link.get().newEmail()));
		this.mail.enqueue(new Mail(before.email(), before.language().locale(), "email-changed",
				new Object[] { this.properties.brand().name() },
				Map.of("name", before.displayName(), "newEmail", link.get().newEmail())));
		this.sessions.signOutOthers(before.email(), keepSessionId);
		return new Confirmed(Outcome.CHANGED, this.accountService.get(userId));
	}

	/**
	 * What following a change link did; {@code account} is the changed account, as it is now (only
	 * for {@link Outcome#CHANGED}).
	 */
	public record Confirmed(Outcome outcome, AccountView account) {
	}

	/** What following a change link did. */
	public enum Outcome {

		/** The account has the new address now. */
		CHANGED,

		/** Another account has the address now; nothing changed. */
		TAKEN,

		/** The link is unknown, used or expired. */
		UNUSABLE

	}

}
