package dev.accord.invitation;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import dev.accord.account.AccountService;
import dev.accord.account.AccountView;
import dev.accord.account.EmailNotVerifiedException;
import dev.accord.account.SignInThrottle;
import dev.accord.account.SignUp;
import dev.accord.business.BusinessAccountService;
import dev.accord.platform.NotFoundException;
import dev.accord.platform.SecureTokens;
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

	private final Joining joining;

	private final Inviters inviters;

	private final AccountService accounts;

	private final BusinessAccountService businesses;

	private final SignInThrottle throttle;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final dev.accord.account.SignInPolicies signInPolicies;

	JoinService(Invitations invitations, Joining joining, Inviters inviters,
			AccountService accounts, BusinessAccountService businesses, SignInThrottle throttle,
			TransactionTemplate transaction, Clock clock, dev.accord.account.SignInPolicies signInPolicies) {
		this.signInPolicies = signInPolicies;
		this.invitations = invitations;
		this.joining = joining;
		this.inviters = inviters;
		this.accounts = accounts;
		this.businesses = businesses;
		this.throttle = throttle;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** The invitation behind a link; {@link NotFoundException} for an unknown token. */
	@Transactional(readOnly = true)
	public JoinView lookup(String token) {
		Opened opened = open(token);
		Invitation invitation = opened.invitation();
		return new JoinView(invitation.id(), invitation.businessAccountId(),
				this.businesses.find(invitation.businessAccountId()).companyName(), invitation.email(),
				invitation.language(), this.inviters.nameOf(invitation), invitation.link().expiresAt(),
				invitation.status(this.clock), this.accounts.findByEmail(invitation.email()).isPresent(),
				opened.replaced());
	}

	/**
	 * Accepts for whoever holds the link: an existing account proves itself with its password
	 * (throttled like sign-in: {@code RateLimitedException} while it must wait); without an account,
	 * one is created with the names and password (its email is verified: the link came to it). An
	 * existing account whose email is not verified yet is refused after its password
	 * ({@link EmailNotVerifiedException}): it joins once it followed its verification link.
	 */
	public Joined accept(String token, String password, String firstName, String lastName) {
		Invitation invitation = joinable(token);
		Optional<AccountView> existing = this.accounts.findByEmail(invitation.email());
		if (existing.isPresent()) {
			return acceptWithPassword(invitation, existing.get(), password);
		}
		NewAccountCheck.check(password, firstName, lastName);
		return inTransaction(() -> {
			// Claim first: a second accept of the same link then waits on the row and finds it used,
			// instead of racing to create the same account.
			this.joining.claim(invitation, null);
			AccountView account = this.accounts.signUp(
					new SignUp(invitation.email(), password, firstName, lastName, invitation.language(), true));
			invitation.acceptedBy(account.id());
			this.invitations.acceptedBy(invitation);
			return this.joining.join(invitation, account);
		});
	}

	/**
	 * Accepts as the signed-in person, who must be the invited email's account, with a verified
	 * email ({@link EmailNotVerifiedException} otherwise).
	 */
	public Joined acceptAsSignedIn(String token, UUID userId) {
		Invitation invitation = joinable(token);
		AccountView account = this.accounts.get(userId);
		if (!account.email().equals(invitation.email())) {
			throw new NotFoundException();
		}
		requireVerified(account);
		return inTransaction(() -> this.joining.claimAndJoin(invitation, account));
	}

	/** Pending invitations for the signed-in person's email, by company name. */
	@Transactional(readOnly = true)
	public List<PendingInvitation> pendingFor(UUID userId) {
		List<Invitation> pending = this.invitations.pendingFor(this.accounts.get(userId).email(), this.clock.instant());
		Map<UUID, String> companies = this.businesses
			.companyNames(pending.stream().map(Invitation::businessAccountId).distinct().toList());
		return pending.stream()
			.map((i) -> new PendingInvitation(i.id(), i.businessAccountId(), companies.get(i.businessAccountId())))
			.sorted(Comparator.comparing(PendingInvitation::companyName)
				.thenComparing((p) -> p.invitationId().toString()))
			.toList();
	}

	/**
	 * "Join company" for a signed-in person with a pending invitation, who joins at once when their
	 * email is verified; {@link EmailNotVerifiedException} while it is not (anyone may sign up with an
	 * address, only its owner can follow the link mailed to it).
	 */
	public Joined joinPending(UUID userId, UUID invitationId) {
		AccountView account = this.accounts.get(userId);
		PendingInvitation pending = pendingFor(userId).stream()
			.filter((p) -> p.invitationId().equals(invitationId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		requireVerified(account);
		Invitation invitation = this.invitations.byId(pending.businessAccountId(), invitationId).orElseThrow();
		return inTransaction(() -> this.joining.claimAndJoin(invitation, account));
	}

	private Joined acceptWithPassword(Invitation invitation, AccountView account, String password) {
		if (!this.throttle.check(account.email(),
				() -> password != null && this.accounts.checkPassword(account.id(), password))) {
			throw new WrongPasswordException();
		}
		// After the right password only: a person whose company requires its sign-in joins signed in through it.
		this.signInPolicies.checkPasswordSignIn(account.id(), account.email());
		requireVerified(account);
		return inTransaction(() -> this.joining.claimAndJoin(invitation, account));
	}

	/** The invitation behind a link that can still be used; {@link InvitationGoneException} otherwise. */
	private Invitation joinable(String token) {
		Opened opened = open(token);
		if (opened.replaced()) {
			throw InvitationGoneException.replaced();
		}
		Invitation invitation = opened.invitation();
		if (!invitation.isPending(this.clock)) {
			throw new InvitationGoneException(invitation.status(this.clock));
		}
		return invitation;
	}

	private Opened open(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			throw new NotFoundException();
		}
		String hash = SecureTokens.sha256(token);
		return this.invitations.byTokenHash(hash)
			.map((i) -> new Opened(i, false))
			.or(() -> this.invitations.byReplacedTokenHash(hash).map((i) -> new Opened(i, true)))
			.orElseThrow(NotFoundException::new);
	}

	private static void requireVerified(AccountView account) {
		if (!account.emailVerified()) {
			throw new EmailNotVerifiedException();
		}
	}

	private Joined inTransaction(Supplier<Joined> work) {
		return this.transaction.execute((status) -> work.get());
	}

	/** An invitation found by a link, and whether a newer link had replaced that one. */
	private record Opened(Invitation invitation, boolean replaced) {
	}

}
