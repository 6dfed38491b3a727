package dev.accord.account;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.mail.Mail;
import dev.accord.mail.MailService;
import dev.accord.platform.AccordProperties;
import dev.accord.platform.NotFoundException;
import dev.accord.platform.ValidationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Delete my account": after the current password (throttled like sign-in) and, when the person
 * has one, a code of a {@link SecondStepCheck}, publishes {@link AccountDeleted} for the other
 * modules (which may refuse), ends every session, mails the address and deletes the account with
 * everything that references it. Audit entries keep the name they were written with.
 */
@Service
public class AccountDeletion {

	private final UserAccounts accounts;

	private final AccountService accountService;

	private final SignInThrottle throttle;

	private final ObjectProvider<SecondStepCheck> secondSteps;

	private final SessionRegistry sessions;

	private final ApplicationEventPublisher events;

	private final MailService mail;

	private final AccordProperties properties;

	AccountDeletion(UserAccounts accounts, AccountService accountService, SignInThrottle throttle,
			ObjectProvider<SecondStepCheck> secondSteps, SessionRegistry sessions, ApplicationEventPublisher events,
			MailService mail, AccordProperties properties) {
		this.accounts = accounts;
		this.accountService = accountService;
		this.throttle = throttle;
		this.secondSteps = secondSteps;
		this.sessions = sessions;
		this.events = events;
		this.mail = mail;
		this.properties = properties;
	}

	/** Whether deleting this person's account asks for a two-step code as well as the password. */
	@Transactional(readOnly = true)
	public boolean needsCode(UUID userId) {
		return !applicable(userId).isEmpty();
	}

	/**
	 * Deletes the account. A wrong password or code is a {@link ValidationException} on {@code password}
	 * or {@code code}; too many wrong passwords a {@link dev.accord.platform.RateLimitedException}; a
	 * module's refusal (the last Account Administrator) its own exception. Nothing changes then.
	 */
	@Transactional
	public void delete(UUID userId, String password, String code) {
		AccountView account = this.accountService.get(userId);
		if (password == null || !this.throttle.check(account.email(),
				() -> this.accountService.checkPassword(userId, password))) {
			throw ValidationException.of("password", "account.password.wrong");
		}
		checkCode(userId, code);
		if (!this.accounts.lock(userId)) {
			throw new NotFoundException();
		}
		this.events.publishEvent(new AccountDeleted(userId, account.email(), account.displayName()));
		this.sessions.deleteAll(account.email());
		this.mail.enqueue(new Mail(account.email(), account.language().locale(), "account-deleted",
				new Object[] { this.properties.brand().name() },
				Map.of("name", account.displayName(), "email", account.email())));
		this.accounts.delete(userId);
	}

	private void checkCode(UUID userId, String code) {
		List<SecondStepCheck> checks = applicable(userId);
		if (checks.isEmpty()) {
			return;
		}
		if (code == null || code.isBlank()) {
			throw ValidationException.of("code", "account.delete.codeRequired");
		}
		String typed = code.strip();
		if (checks.stream().noneMatch((check) -> check.verify(userId, typed))) {
			throw ValidationException.of("code", "account.delete.codeWrong");
		}
	}

	private List<SecondStepCheck> applicable(UUID userId) {
		return this.secondSteps.orderedStream().filter((check) -> check.applies(userId)).toList();
	}

}
