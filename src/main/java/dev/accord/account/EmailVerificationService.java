package dev.accord.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.accord.mail.Mail;
import dev.accord.mail.MailService;
import dev.accord.platform.AccordProperties;
import dev.accord.platform.NotFoundException;
import dev.accord.shared.EmailAddress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proving a sign-up's email: a single-use link, valid for {@code accord.account.email-links.link-validity}
 * (24 hours unless set), mailed at sign-up and again on request within {@link EmailLinkLimit}'s limits.
 * Accounts created from an invitation link are verified from the start.
 */
@Service
public class EmailVerificationService {

	private final UserAccounts accounts;

	private final EmailLinks links;

	private final EmailLinkLimit limit;

	private final MailService mail;

	private final AccordProperties properties;

	private final Clock clock;

	EmailVerificationService(UserAccounts accounts, EmailLinks links, EmailLinkLimit limit, MailService mail,
			AccordProperties properties, Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.limit = limit;
		this.mail = mail;
		this.properties = properties;
		this.clock = clock;
	}

	/** Mails the first link, in the sign-up's transaction. */
	void sendAfterSignUp(AccountView account) {
		send(account);
	}

	/**
	 * Mails a new link to the person's address: {@link EmailAlreadyVerifiedException} when it is
	 * proven already, {@link dev.accord.platform.RateLimitedException} within a minute of the last
	 * link or past five links in 24 hours (by default). Earlier links keep working until they expire.
	 */
	@Transactional
	public void resend(UUID userId) {
		AccountView account = this.accounts.byId(userId).orElseThrow(NotFoundException::new);
		if (account.emailVerified()) {
			throw new EmailAlreadyVerifiedException();
		}
		this.limit.check(userId, EmailLinks.Purpose.VERIFY);
		send(account);
	}

	/**
	 * Like {@link #resend(UUID)} for the account of this address (the Join page asks for the invited
	 * address, signed in or not); nothing happens when no account has it or it is verified.
	 */
	@Transactional
	public void resendTo(String email) {
		Optional<AccountView> account = this.accounts.byEmail(EmailAddress.normalize(email));
		if (account.isPresent() && !account.get().emailVerified()) {
			this.limit.check(account.get().id(), EmailLinks.Purpose.VERIFY);
			send(account.get());
		}
	}

	/** Whether the link can still be used (exists, unused, not expired). */
	@Transactional(readOnly = true)
	public boolean isUsable(String token) {
		return this.links.usable(token, EmailLinks.Purpose.VERIFY, this.clock.instant()).isPresent();
	}

	/**
	 * Uses the link once: the account's email counts as verified from now on and the person's other
	 * verification links stop working. Empty when the link is unknown, used or expired.
	 */
	@Transactional
	public Optional<UUID> verify(String token) {
		Instant now = this.clock.instant();
		Optional<EmailLinks.Link> link = this.links.usable(token, EmailLinks.Purpose.VERIFY, now);
		if (link.isEmpty() || !this.links.use(token, EmailLinks.Purpose.VERIFY, now)) {
			return Optional.empty();
		}
		UUID userId = link.get().userId();
		this.accounts.markVerified(userId);
		this.links.voidAll(userId, EmailLinks.Purpose.VERIFY, now);
		return Optional.of(userId);
	}

	private void send(AccountView account) {
		String token = this.links.add(account.id(), EmailLinks.Purpose.VERIFY, null, this.clock.instant(),
				this.limit.expiryOfNewLink());
		this.mail.enqueue(new Mail(account.email(), account.language().locale(), "email-verification",
				new Object[] { this.properties.brand().name() },
				Map.of("name", account.displayName(), "link", this.properties.link("/verify-email?token=" + token),
						"validHours", this.limit.validHours())));
	}

}
