package dev.accord.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.accord.mail.Mail;
import dev.accord.mail.MailService;
import dev.accord.platform.AccordProperties;
import dev.accord.platform.ValidationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step verification with an authenticator app, as Security Settings and the API use it: set
 * up (a secret shown as a QR code and as text), confirm with a code (then ten recovery codes, shown
 * once), new recovery codes and turning it off (each with the password and a code). The person is
 * mailed when it is turned on and off. Wrong codes and passwords are throttled like sign-in
 * ({@link dev.accord.platform.RateLimitedException} while they must wait).
 */
@Service
public class TwoStepService {

	private final AuthenticatorApp app;

	private final List<SecondStepCheck> checks;

	private final RecoveryCodes recoveryCodes;

	private final AccountService accounts;

	private final SignInThrottle throttle;

	private final MailService mail;

	private final AccordProperties properties;

	TwoStepService(AuthenticatorApp app, ObjectProvider<SecondStepCheck> checks, RecoveryCodes recoveryCodes,
			AccountService accounts, SignInThrottle throttle, MailService mail, AccordProperties properties) {
		this.app = app;
		this.checks = checks.orderedStream().toList();
		this.recoveryCodes = recoveryCodes;
		this.accounts = accounts;
		this.throttle = throttle;
		this.mail = mail;
		this.properties = properties;
	}

	/** Starts a setup with a new secret (replacing one not confirmed); empty while two-step is on. */
	@Transactional
	public Optional<TotpSetup> startSetup(UUID userId) {
		return this.app.start(userId).map((secret) -> setup(userId, secret));
	}

	/** The setup started and not confirmed yet. */
	@Transactional(readOnly = true)
	public Optional<TotpSetup> pendingSetup(UUID userId) {
		return this.app.pending(userId).map((secret) -> setup(userId, secret));
	}

	/**
	 * Turns two-step verification on with a code from the app; returns the ten recovery codes,
	 * shown this once. A wrong code is a {@link ValidationException} on {@code code}.
	 */
	@Transactional
	public List<String> confirm(UUID userId, String code) {
		if (!this.app.confirm(userId, code)) {
			throw ValidationException.of("code", "twoStep.code.wrong");
		}
		List<String> codes = this.recoveryCodes.renew(userId);
		notify(userId, "two-step-on");
		return codes;
	}

	@Transactional(readOnly = true)
	public TwoStepView status(UUID userId) {
		Optional<Instant> enabledAt = this.app.enabledAt(userId);
		return new TwoStepView(enabledAt.isPresent(), enabledAt.isPresent() ? this.recoveryCodes.left(userId) : 0,
				enabledAt.orElse(null));
	}

	/** Whether this person has a typed second step (a code) that sensitive actions must ask for. */
	@Transactional(readOnly = true)
	public boolean codeRequired(UUID userId) {
		return this.checks.stream().anyMatch((check) -> check.applies(userId));
	}

	/**
	 * Checks a typed second step: a code from the app or a recovery code (or a code of another
	 * {@link SecondStepCheck}), each accepted once, throttled.
	 */
	@Transactional
	public boolean verify(UUID userId, String code) {
		for (SecondStepCheck check : this.checks) {
			if (check.applies(userId) && check.verify(userId, code)) {
				return true;
			}
		}
		return false;
	}

	/** Replaces the recovery codes, after the password and a code; returns the new ones. */
	@Transactional
	public List<String> newRecoveryCodes(UUID userId, String password, String code) {
		confirmIdentity(userId, password, code);
		return this.recoveryCodes.renew(userId);
	}

	/** Turns two-step verification off, after the password and a code. */
	@Transactional
	public void turnOff(UUID userId, String password, String code) {
		confirmIdentity(userId, password, code);
		this.app.remove(userId);
		notify(userId, "two-step-off");
	}

	private void confirmIdentity(UUID userId, String password, String code) {
		String email = this.accounts.get(userId).email();
		if (password == null || !this.throttle.check(email, () -> this.accounts.checkPassword(userId, password))) {
			throw ValidationException.of("password", "account.password.wrong");
		}
		if (!this.app.verify(userId, code)) {
			throw ValidationException.of("code", "twoStep.code.wrong");
		}
	}

	private TotpSetup setup(UUID userId, byte[] secret) {
		String uri = TotpCodes.uri(this.properties.brand().name(), this.accounts.get(userId).email(), secret);
		return new TotpSetup(TotpCodes.grouped(secret), uri, TotpCodes.qrDataUri(uri));
	}

	private void notify(UUID userId, String template) {
		AccountView person = this.accounts.get(userId);
		this.mail.enqueue(new Mail(person.email(), person.language().locale(), template,
				new Object[] { this.properties.brand().name() },
				Map.of("name", person.displayName(), "link", this.properties.link("/security"))));
	}

	/**
	 * A setup to show: the secret in groups of four, the {@code otpauth://} URI and its QR code as an
	 * SVG data URI.
	 */
	public record TotpSetup(String secret, String uri, String qrCode) {

		@Override
		public String toString() {
			return "TotpSetup[…]";
		}
	}

	/** Whether two-step verification is on, how many recovery codes are left, and since when. */
	public record TwoStepView(boolean enabled, int recoveryCodesLeft, Instant enabledAt) {
	}

}
