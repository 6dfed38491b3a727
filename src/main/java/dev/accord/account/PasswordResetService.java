package dev.accord.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.accord.mail.Mail;
import dev.accord.mail.MailService;
import dev.accord.platform.AccordProperties;
import dev.accord.shared.EmailAddress;
import dev.accord.platform.SecureTokens;
import dev.accord.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": a single-use link, valid for {@code accord.account.password-reset.link-validity}
 * (one hour unless set), sent by email.
 */
@Service
public class PasswordResetService {

	/** The window {@code mails-per-hour} counts in. */
	private static final Duration MAIL_WINDOW = Duration.ofHours(1);

	private final UserAccounts accounts;

	private final AccountService accountService;

	private final MailService mail;

	private final JdbcClient jdbc;

	private final AccordProperties properties;

	private final ApiTokenService tokens;

	private final int mailsPerHour;

	private final Duration linkValidity;

	private final Clock clock;

	PasswordResetService(UserAccounts accounts, AccountService accountService, MailService mail, JdbcClient jdbc,
			AccordProperties properties, ApiTokenService tokens, AccountSettings settings, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.mailsPerHour = settings.passwordReset().mailsPerHour();
		this.linkValidity = settings.passwordReset().linkValidity();
		this.accountService = accountService;
		this.mail = mail;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Sends a reset link when an account has this email and it has received fewer than
	 * {@code accord.account.password-reset.mails-per-hour} in the last hour; does nothing visible
	 * otherwise, so the answer never tells whether an account exists or a link was sent.
	 */
	@Transactional
	public void request(String email) {
		Optional<AccountView> account = this.accounts.byEmail(EmailAddress.normalize(email));
		Instant now = this.clock.instant();
		if (account.isEmpty() || !mayMail(account.get().id(), now)) {
			return;
		}
		AccountView person = account.get();
		String token = SecureTokens.generate("");
		this.jdbc.sql("INSERT INTO password_reset (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(SecureTokens.sha256(token), person.id(), Timestamps.toDb(now), Timestamps.toDb(now.plus(this.linkValidity)))
			.update();
		Locale locale = person.language().locale();
		this.mail.enqueue(new Mail(person.email(), locale, "password-reset", new Object[] { this.properties.brand().name() },
				Map.of("name", person.displayName(), "link", this.properties.link("/reset-password?token=" + token),
						"validMinutes", this.linkValidity.toMinutes())));
	}

	/** Whether the link can still be used (exists, unused, not expired). */
	@Transactional(readOnly = true)
	public boolean isUsable(String token) {
		return token != null && this.jdbc.sql("""
				SELECT COUNT(*) FROM password_reset WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?""")
			.params(SecureTokens.sha256(token), Timestamps.toDb(this.clock.instant()))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Uses the link once: sets the new password, ends all the person's sessions, voids their other
	 * outstanding links and, when asked, revokes their API tokens (a reset usually means a stolen
	 * password). Returns false when the link is unknown, used or expired. Two simultaneous uses: one wins.
	 */
	@Transactional
	public boolean reset(String token, String newPassword, boolean revokeTokens) {
		if (token == null) {
			return false;
		}
		String hash = SecureTokens.sha256(token);
		Instant now = this.clock.instant();
		int claimed = this.jdbc.sql("""
				UPDATE password_reset SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?""")
			.params(Timestamps.toDb(now), hash, Timestamps.toDb(now))
			.update();
		if (claimed != 1) {
			return false;
		}
		UUID userId = this.jdbc.sql("SELECT user_id FROM password_reset WHERE token_hash = ?")
			.param(hash)
			.query(UUID.class)
			.single();
		this.jdbc.sql("UPDATE password_reset SET used_at = ? WHERE user_id = ? AND used_at IS NULL")
			.params(Timestamps.toDb(now), userId)
			.update();
		this.accountService.resetPassword(userId, newPassword);
		if (revokeTokens) {
			this.tokens.revokeAll(userId);
		}
		return true;
	}

	/** Whether fewer links than allowed went to this person in the last hour; holds their row until commit. */
	private boolean mayMail(UUID userId, Instant now) {
		// Locking the account row makes parallel requests count one after the other.
		this.jdbc.sql("SELECT id FROM user_account WHERE id = ? FOR UPDATE").param(userId).query(UUID.class).single();
		return this.jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE user_id = ? AND created_at > ?")
			.params(userId, Timestamps.toDb(now.minus(MAIL_WINDOW)))
			.query(Long.class)
			.single() < this.mailsPerHour;
	}

}
