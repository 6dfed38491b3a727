package dev.accord.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.accord.account.AccountService;
import dev.accord.account.AccountView;
import dev.accord.account.SignInThrottle;
import dev.accord.account.SignUp;
import dev.accord.business.MembershipService;
import dev.accord.business.MembershipView;
import dev.accord.platform.NotFoundException;
import dev.accord.shared.Actor;
import dev.accord.shared.AuditAction;
import dev.accord.shared.BusinessAccountChanged;
import dev.accord.platform.PlainText;
import dev.accord.platform.ValidationException;
import dev.accord.shared.SecureTokens;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepting an invitation through its link: with the invited email's existing personal account
 * (its password), with a new one, or as the invited person already signed in. A link works once;
 * when two accept at once, one joins and the other gets {@code INVITATION_USED}.
 */
@Service
public class JoinService {

	private final Invitations invitations;

	private final AccountService accounts;

	private final MembershipService memberships;

	private final SignInThrottle throttle;

	private final InviteeResend inviteeResend;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final dev.accord.licensing.LicensingService licensing;

	private final ApplicationEventPublisher events;

	JoinService(Invitations invitations, AccountService accounts, MembershipService memberships,
			SignInThrottle throttle, InviteeResend inviteeResend, TransactionTemplate transaction,
			Clock clock, dev.accord.licensing.LicensingService licensing, ApplicationEventPublisher events) {
		this.events = events;
		this.licensing = licensing;
		this.invitations = invitations;
		this.accounts = accounts;
		this.memberships = memberships;
		this.throttle = throttle;
		this.inviteeResend = inviteeResend;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** The invitation behind a link; {@link NotFoundException} for an unknown token. */
	@Transactional(readOnly = true)
	public JoinView lookup(String token) {
		Invitations.Row row = row(token);
		String company = this.invitations.companyName(row.accountId());
		return new JoinView(row.id(), row.accountId(), company, row.email(), row.language(), row.inviterName(),
				row.expiresAt(), row.status(this.clock.instant()), this.accounts.findByEmail(row.email()).isPresent(),
				row.replacedLink());
	}

	/**
	 * Accepts for whoever holds the link: an existing account proves itself with its password
	 * (throttled like sign-in: {@code RateLimitedException} while it must wait); without an account,
	 * one is created with the names and password.
	 */
	public Joined accept(String token, String password, String firstName, String lastName) {
		Invitations.Row row = row(token);
		ensureJoinable(row);
		Optional<AccountView> existing = this.accounts.findByEmail(row.email());
		if (existing.isPresent()) {
			return acceptWithPassword(row, existing.get(), password);
		}
		checkNewAccount(password, firstName, lastName);
		return inTransaction(() -> {
			// Claim first: a second accept of the same link then waits on the row and finds it used,
			// instead of racing to create the same account.
			claim(row, null);
			AccountView account = this.accounts
				.signUp(new SignUp(row.email(), password, firstName, lastName, row.language(), true));
			this.invitations.acceptedBy(row.id(), account.id());
			return join(row, account);
		});
	}

	/** Accepts as the signed-in person, who must be the invited email's account. */
	public Joined acceptAsSignedIn(String token, UUID userId) {
		Invitations.Row row = row(token);
		ensureJoinable(row);
		AccountView account = this.accounts.get(userId);
		if (!account.email().equals(row.email())) {
			throw new NotFoundException();
		}
		return inTransaction(() -> claimAndJoin(row, account));
	}

	/** Pending invitations for the signed-in person's email. */
	@Transactional(readOnly = true)
	public List<PendingInvitation> pendingFor(UUID userId) {
		return this.invitations.pendingFor(this.accounts.get(userId).email(), this.clock.instant());
	}

	/**
	 * "Join company" for a signed-in person with a pending invitation. An account whose email is
	 * proven (it was created from an invitation link) joins at once; otherwise a fresh link is sent
	 * to the address (at most once per 10 minutes by default), since only opening it proves the person
	 * owns it. Empty when a link was sent or is on its way.
	 */
	public Optional<Joined> joinPending(UUID userId, UUID invitationId) {
		AccountView account = this.accounts.get(userId);
		PendingInvitation pending = pendingFor(userId).stream()
			.filter((p) -> p.invitationId().equals(invitationId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		if (!account.emailVerified()) {
			this.inviteeResend.resend(pending.businessAccountId(), invitationId, userId);
			return Optional.empty();
		}
		Invitations.Row row = this.invitations.byId(pending.businessAccountId(), invitationId).orElseThrow();
		return Optional.of(inTransaction(() -> claimAndJoin(row, account)));
	}

	private static void checkNewAccount(String password, String firstName, String lastName) {
		java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
		if (firstName == null || firstName.isBlank()) {
			errors.put("firstName", "validation.required");
		}
		if (lastName == null || lastName.isBlank()) {
			errors.put("lastName", "validation.required");
		}
		if (!PlainText.isSingleLine(firstName)) {
			errors.put("firstName", "validation.singleLine");
		}
		if (!PlainText.isSingleLine(lastName)) {
			errors.put("lastName", "validation.singleLine");
		}
		if (password == null || password.length() < 10 || password.length() > 128) {
			errors.put("password", "validation.password.length");
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

	private Joined acceptWithPassword(Invitations.Row row, AccountView account, String password) {
		if (!this.throttle.check(account.email(),
				() -> password != null && this.accounts.checkPassword(account.id(), password))) {
			throw new WrongPasswordException();
		}
		return inTransaction(() -> claimAndJoin(row, account));
	}

	private Joined claimAndJoin(Invitations.Row row, AccountView account) {
		claim(row, account.id());
		return join(row, account);
	}

	private void claim(Invitations.Row row, UUID userId) {
		boolean claimed;
		try {
			claimed = this.invitations.claim(row.id(), userId, this.clock.instant());
		}
		catch (ConcurrencyFailureException ex) {
			throw new InvitationGoneException(InvitationStatus.ACCEPTED);
		}
		if (!claimed) {
			throw gone(row.id(), row);
		}
	}

	private Joined join(Invitations.Row row, AccountView account) {
		this.events.publishEvent(BusinessAccountChanged
			.of(row.accountId(), Actor.person(account.id()), AuditAction.INVITATION_ACCEPTED, row.id(), row.email())
			.about(account.id())
			.field("status", InvitationStatus.PENDING, InvitationStatus.ACCEPTED));
		MembershipView membership = this.memberships.join(row.accountId(), account.id(), row.role());
		Actor grantedBy = (row.invitedBy() != null) ? Actor.person(row.invitedBy()) : Actor.person(account.id());
		this.licensing.grantFromInvitation(row.accountId(), account.id(), this.invitations.licenseKeys(row.id()),
				grantedBy);
		return new Joined(account, row.accountId(), membership.role());
	}

	private InvitationGoneException gone(UUID id, Invitations.Row before) {
		InvitationStatus now = this.invitations.byId(before.accountId(), id)
			.map((r) -> r.status(this.clock.instant()))
			.orElse(InvitationStatus.REVOKED);
		return new InvitationGoneException((now == InvitationStatus.PENDING) ? InvitationStatus.ACCEPTED : now);
	}

	private void ensureJoinable(Invitations.Row row) {
		if (row.replacedLink()) {
			throw InvitationGoneException.replaced();
		}
		InvitationStatus status = row.status(this.clock.instant());
		if (status != InvitationStatus.PENDING) {
			throw new InvitationGoneException(status);
		}
	}

	private Invitations.Row row(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			throw new NotFoundException();
		}
		String hash = SecureTokens.sha256(token);
		return this.invitations.byTokenHash(hash)
			.or(() -> this.invitations.byReplacedTokenHash(hash).map(Invitations.Row::asReplacedLink))
			.orElseThrow(NotFoundException::new);
	}

	private Joined inTransaction(java.util.function.Supplier<Joined> work) {
		return this.transaction.execute((status) -> work.get());
	}

}
