package dev.accord.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.accord.account.AccountService;
import dev.accord.business.BusinessAccess;
import dev.accord.business.BusinessAccountService;
import dev.accord.business.MembershipService;
import dev.accord.business.MembershipStatus;
import dev.accord.business.Role;
import dev.accord.platform.NotFoundException;
import dev.accord.platform.RateLimitedException;
import dev.accord.platform.ValidationException;
import dev.accord.shared.Actor;
import dev.accord.shared.AuditAction;
import dev.accord.shared.BusinessAccountChanged;
import dev.accord.shared.EmailAddress;
import dev.accord.shared.Language;
import dev.accord.shared.SecureTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Inviting people to a business account, and re-sending, revoking and listing invitations. */
@Service
public class InvitationService {

	private final Invitations invitations;

	private final InvitationMailer mailer;

	private final BusinessAccess access;

	private final BusinessAccountService businesses;

	private final MembershipService memberships;

	private final AccountService accounts;

	private final InvitationSettings settings;

	private final Clock clock;

	private final dev.accord.licensing.LicensingService licensing;

	private final ApplicationEventPublisher events;

	InvitationService(Invitations invitations, InvitationMailer mailer, BusinessAccess access,
			BusinessAccountService businesses, MembershipService memberships, AccountService accounts,
			InvitationSettings settings, Clock clock, dev.accord.licensing.LicensingService licensing,
			ApplicationEventPublisher events) {
		this.events = events;
		this.licensing = licensing;
		this.invitations = invitations;
		this.mailer = mailer;
		this.access = access;
		this.businesses = businesses;
		this.memberships = memberships;
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Invites every address in the chosen language: a new invitation, a fresh link for a pending
	 * one, or nothing for members. Any malformed address refuses the whole request (nothing is
	 * sent); past the per-request or the 24-hour limit it is {@link RateLimitedException}.
	 */
	@Transactional
	public List<InviteResult> invite(UUID accountId, UUID inviterId, Language language, List<String> emails,
			Integer expiresInDays) {
		return invite(accountId, inviterId, language, emails, expiresInDays, List.of());
	}

	/**
	 * As {@link #invite(UUID, UUID, Language, List, Integer)}; the invited people also become License
	 * Administrators of these keys of the account when they accept.
	 */
	@Transactional
	public List<InviteResult> invite(UUID accountId, UUID inviterId, Language language, List<String> emails,
			Integer expiresInDays, List<UUID> licenseKeyIds) {
		return invite(accountId, inviterId, language, emails, expiresInDays, licenseKeyIds, Role.REGULAR_MEMBER);
	}

	/**
	 * As {@link #invite(UUID, UUID, Language, List, Integer, List)}, inviting as this role (Regular
	 * Member or Account Administrator), which the invited get when they join.
	 */
	@Transactional
	public List<InviteResult> invite(UUID accountId, UUID inviterId, Language language, List<String> emails,
			Integer expiresInDays, List<UUID> licenseKeyIds, Role role) {
		this.access.administrator(accountId, inviterId);
		Set<String> addresses = validate(emails, expiresInDays);
		List<UUID> keys = (licenseKeyIds != null) ? List.copyOf(new java.util.LinkedHashSet<>(licenseKeyIds)) : List.of();
		if (role == Role.ACCOUNT_ADMINISTRATOR && !keys.isEmpty()) {
			// An Account Administrator administers every key; License Administrators are Regular Members.
			throw ValidationException.of("licenseKeyIds", "invite.role.adminKeys");
		}
		String keyNames = String.join(", ", this.licensing.requireKeysOf(accountId, keys));
		this.businesses.lock(accountId);
		Map<String, InviteOutcome> plan = plan(accountId, addresses);
		long sending = plan.values().stream().filter((o) -> o == InviteOutcome.INVITED || o == InviteOutcome.RESENT).count();
		checkDailyLimit(accountId, sending);
		int validity = (expiresInDays != null) ? expiresInDays : this.settings.defaultExpiryDays();
		Context context = context(accountId, inviterId).granting(keyNames.isEmpty() ? null : keyNames)
			.as((role != null) ? role : Role.REGULAR_MEMBER);
		List<String> fresh = plan.keySet().stream().filter((email) -> plan.get(email) == InviteOutcome.INVITED).toList();
		Map<String, UUID> created = createAll(context, fresh, language, validity);
		List<InviteResult> results = new ArrayList<>();
		plan.forEach((email, outcome) -> results.add(created.containsKey(email)
				? new InviteResult(email, outcome, created.get(email)) : apply(context, email, outcome, language, validity)));
		results.stream()
			.filter((r) -> r.invitationId() != null && (!keys.isEmpty() || r.outcome() == InviteOutcome.RESENT))
			.forEach((r) -> this.invitations.setLicenseKeys(r.invitationId(), keys));
		return results;
	}

	/** A fresh link and expiry for a pending (or time-expired) invitation; the old link stops working. */
	@Transactional
	public InvitationView resend(UUID accountId, UUID callerId, UUID invitationId) {
		this.access.administrator(accountId, callerId);
		this.businesses.lock(accountId);
		Invitations.Row row = this.invitations.byId(accountId, invitationId).orElseThrow(NotFoundException::new);
		if (!"PENDING".equals(row.storedStatus())) {
			throw new InvitationNotPendingException();
		}
		checkDailyLimit(accountId, 1);
		// The new link is valid for as long as the inviter chose for the first one.
		int validity = (row.validityDays() != null) ? row.validityDays()
				: (int) Math.max(1, Duration.between(row.sentAt(), row.expiresAt()).toDays());
		renew(context(accountId, callerId).as(row.role()), invitationId, row.email(), row.language(), validity);
		return this.invitations.byId(accountId, invitationId).orElseThrow().view(this.clock.instant());
	}

	@Transactional
	public void revoke(UUID accountId, UUID callerId, UUID invitationId) {
		this.access.administrator(accountId, callerId);
		Invitations.Row row = this.invitations.byId(accountId, invitationId).orElseThrow(NotFoundException::new);
		if (!this.invitations.revoke(row.id(), this.clock.instant())) {
			throw new InvitationNotPendingException();
		}
		this.events.publishEvent(BusinessAccountChanged
			.of(accountId, Actor.person(callerId), AuditAction.INVITATION_REVOKED, row.id(), row.email())
			.field("status", InvitationStatus.PENDING, InvitationStatus.REVOKED));
	}

	/** The account's invitations, newest first (at most 500), for administrators; {@code status} null for all. */
	@Transactional(readOnly = true)
	public List<InvitationView> list(UUID accountId, UUID callerId, InvitationStatus status) {
		return page(accountId, callerId, status, null, 500).items();
	}

	/** A page of the account's invitations, newest first; {@code cursor} comes from the previous page. */
	@Transactional(readOnly = true)
	public InvitationPage page(UUID accountId, UUID callerId, InvitationStatus status, String cursor, int limit) {
		this.access.administrator(accountId, callerId);
		Instant now = this.clock.instant();
		InvitationPage.Key after = InvitationPage.Key.decode(cursor);
		List<Invitations.Row> rows = this.invitations.list(accountId, status, now,
				(after != null) ? after.createdAt() : null, (after != null) ? after.id() : null, limit + 1);
		List<InvitationView> views = rows.stream().limit(limit).map((row) -> row.view(now)).toList();
		String next = (rows.size() > limit)
				? new InvitationPage.Key(views.get(limit - 1).createdAt(), views.get(limit - 1).id()).encode() : null;
		return new InvitationPage(views, next);
	}

	/** How an address would be handled now: for checking each address as it is added in the dialog. */
	@Transactional(readOnly = true)
	public InviteOutcome preview(UUID accountId, UUID callerId, String email) {
		this.access.administrator(accountId, callerId);
		if (!EmailAddress.isValid(email)) {
			return InviteOutcome.INVALID;
		}
		return outcomeFor(accountId, EmailAddress.normalize(email));
	}

	int maxPerRequest() {
		return this.settings.maxPerRequest();
	}

	private Set<String> validate(List<String> emails, Integer expiresInDays) {
		if (emails == null || emails.isEmpty()) {
			throw ValidationException.of("emails", "invite.emails.empty");
		}
		if (emails.size() > this.settings.maxPerRequest()) {
			throw new RateLimitedException("invite.tooMany", this.settings.maxPerRequest());
		}
		Map<String, String> errors = new LinkedHashMap<>();
		for (int i = 0; i < emails.size(); i++) {
			if (!EmailAddress.isValid(emails.get(i))) {
				errors.put("emails[" + i + "]", "validation.email");
			}
		}
		if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > 30)) {
			errors.put("expiresInDays", "invite.expiresInDays.range");
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		Set<String> addresses = new LinkedHashSet<>();
		emails.forEach((e) -> addresses.add(EmailAddress.normalize(e)));
		return addresses;
	}

	private InviteOutcome outcomeFor(UUID accountId, String email) {
		return outcome(this.memberships.statusOf(accountId, email).orElse(null),
				this.invitations.pendingId(accountId, email).isPresent());
	}

	/** How each address will be handled, asking the database twice for all of them. */
	private Map<String, InviteOutcome> plan(UUID accountId, Set<String> addresses) {
		Map<String, MembershipStatus> members = this.memberships.statusesOf(accountId, addresses);
		Set<String> pending = this.invitations.pendingAmong(accountId, addresses);
		Map<String, InviteOutcome> plan = new LinkedHashMap<>();
		addresses.forEach((email) -> plan.put(email, outcome(members.get(email), pending.contains(email))));
		return plan;
	}

	private static InviteOutcome outcome(MembershipStatus member, boolean pending) {
		if (member != null) {
			return (member == MembershipStatus.BLOCKED) ? InviteOutcome.BLOCKED_MEMBER : InviteOutcome.ALREADY_MEMBER;
		}
		return pending ? InviteOutcome.RESENT : InviteOutcome.INVITED;
	}

	private void checkDailyLimit(UUID accountId, long sending) {
		long sent = this.invitations.sentSince(accountId, this.clock.instant().minus(Duration.ofHours(24)));
		if (sent + sending > this.settings.dailyLimit()) {
			throw new RateLimitedException("invite.dailyLimit", this.settings.dailyLimit());
		}
	}

	private InviteResult apply(Context context, String email, InviteOutcome outcome, Language language,
			int validity) {
		return switch (outcome) {
			case INVITED -> new InviteResult(email, outcome, create(context, email, language, validity));
			case RESENT -> {
				UUID id = this.invitations.pendingId(context.accountId(), email).orElseThrow();
				renew(context, id, email, language, validity);
				yield new InviteResult(email, outcome, id);
			}
			default -> new InviteResult(email, outcome, null);
		};
	}

	private UUID create(Context context, String email, Language language, int validity) {
		return createAll(context, List.of(email), language, validity).get(email);
	}

	/** New invitations for these addresses; their rows and send counts are written in one batch each. */
	private Map<String, UUID> createAll(Context context, List<String> emails, Language language, int validity) {
		Map<String, UUID> ids = new LinkedHashMap<>();
		if (emails.isEmpty()) {
			return ids;
		}
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(Duration.ofDays(validity));
		Map<String, String> tokens = new HashMap<>();
		List<Invitations.Created> rows = new ArrayList<>();
		for (String email : emails) {
			ids.put(email, UUID.randomUUID());
			tokens.put(email, SecureTokens.generate(""));
			rows.add(new Invitations.Created(ids.get(email), email, SecureTokens.sha256(tokens.get(email))));
		}
		this.invitations.addAll(context.accountId(), language, context.inviterId(), now, validity, context.role(), rows);
		this.invitations.recordSends(context.accountId(), now, rows.size());
		ids.forEach((email, id) -> {
			this.mailer.send(email, language, tokens.get(email), context.inviterName(), context.companyName(), expiresAt);
			this.events.publishEvent(context.withKeys(BusinessAccountChanged
				.of(context.accountId(), context.actor(), AuditAction.INVITATION_SENT, id, email)
				.after("email", email)
				.after("language", language.tag())
				.after("role", context.role())
				.after("expiresAt", expiresAt)));
		});
		return ids;
	}

	private void renew(Context context, UUID id, String email, Language language, int validity) {
		String token = SecureTokens.generate("");
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(Duration.ofDays(validity));
		this.invitations.renew(id, SecureTokens.sha256(token), language, now, validity, context.role());
		send(context, email, language, token, expiresAt);
		this.events.publishEvent(context.withKeys(BusinessAccountChanged
			.of(context.accountId(), context.actor(), AuditAction.INVITATION_RESENT, id, email)
			.after("language", language.tag())
			.after("role", context.role())
			.after("expiresAt", expiresAt)));
	}

	private void send(Context context, String email, Language language, String token, Instant expiresAt) {
		this.invitations.recordSend(context.accountId(), this.clock.instant());
		this.mailer.send(email, language, token, context.inviterName(), context.companyName(), expiresAt);
	}

	private Context context(UUID accountId, UUID inviterId) {
		return new Context(accountId, inviterId, Actor.person(inviterId), this.accounts.get(inviterId).displayName(),
				this.businesses.find(accountId).companyName(), null, Role.REGULAR_MEMBER);
	}

	/**
	 * @param licenseKeys the names of the keys the invited become License Administrators of when
	 * they accept; null when the call does not set them (a plain resend)
	 */
	private record Context(UUID accountId, UUID inviterId, Actor actor, String inviterName, String companyName,
			String licenseKeys, Role role) {

		Context granting(String keyNames) {
			return new Context(this.accountId, this.inviterId, this.actor, this.inviterName, this.companyName, keyNames,
					this.role);
		}

		Context as(Role invitedAs) {
			return new Context(this.accountId, this.inviterId, this.actor, this.inviterName, this.companyName,
					this.licenseKeys, invitedAs);
		}

		/** The change with the keys it grants, when this call sets them. */
		BusinessAccountChanged withKeys(BusinessAccountChanged change) {
			return (this.licenseKeys != null) ? change.after("licenseKeys", this.licenseKeys) : change;
		}

	}

}
