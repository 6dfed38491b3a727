package dev.accord.invitation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.accord.business.BusinessAccess;
import dev.accord.business.BusinessAccountService;
import dev.accord.business.MembershipService;
import dev.accord.business.MembershipStatus;
import dev.accord.business.Role;
import dev.accord.domain.DomainNotVerifiedException;
import dev.accord.domain.DomainSettings;
import dev.accord.licensing.LicensingService;
import dev.accord.platform.NotFoundException;
import dev.accord.platform.RateLimitedException;
import dev.accord.platform.ValidationException;
import dev.accord.shared.Actor;
import dev.accord.shared.EmailAddress;
import dev.accord.shared.Language;
import dev.accord.platform.SecureTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Inviting people to a business account, and re-sending and revoking invitations. */
@Service
public class InvitationService {

	private final Invitations invitations;

	private final InvitationKeys keys;

	private final InvitationSending sending;

	private final BusinessAccess access;

	private final BusinessAccountService businesses;

	private final MembershipService memberships;

	private final LicensingService licensing;

	private final Inviters inviters;

	private final InvitationSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DomainSettings domains;

	InvitationService(Invitations invitations, InvitationKeys keys, InvitationSending sending, BusinessAccess access,
			BusinessAccountService businesses, MembershipService memberships, LicensingService licensing,
			Inviters inviters, InvitationSettings settings, ApplicationEventPublisher events, Clock clock,
			DomainSettings domains) {
		this.domains = domains;
		this.inviters = inviters;
		this.events = events;
		this.invitations = invitations;
		this.keys = keys;
		this.sending = sending;
		this.access = access;
		this.businesses = businesses;
		this.memberships = memberships;
		this.licensing = licensing;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Invites every address in the chosen language, as this role (Regular Member or Account
	 * Administrator), which the invited get when they join; the invited also become License
	 * Administrators of these keys of the account. A new invitation, a fresh link for a pending one,
	 * or nothing for members. Any malformed address refuses the whole request (nothing is sent);
	 * past the per-request or the 24-hour limit it is {@link RateLimitedException}; an address
	 * of a domain the account did not verify, while it invites only those, is {@link DomainNotVerifiedException}.
	 */
	@Transactional
	public List<InviteResult> invite(UUID accountId, UUID inviterId, Language language, List<String> emails,
			Integer expiresInDays, List<UUID> licenseKeyIds, Role role) {
		this.access.administrator(accountId, inviterId);
		Set<String> addresses = InviteAddresses.validate(emails, expiresInDays, this.settings.maxPerRequest());
		// "Invite only people of verified domains": any other address refuses the whole request, as a malformed one.
		List<String> refused = this.domains.notInvitable(accountId, addresses);
		if (!refused.isEmpty()) {
			throw new DomainNotVerifiedException(refused);
		}
		List<UUID> keyIds = grantable(licenseKeyIds, role);
		String keyNames = String.join(", ", this.licensing.requireKeysOf(accountId, keyIds));
		this.businesses.lock(accountId);
		Map<String, Invitation> open = this.invitations.openFor(accountId, addresses);
		Map<String, InviteOutcome> plan = plan(accountId, addresses, open.keySet());
		this.sending.checkDailyLimit(accountId, plan.values().stream().filter(InviteOutcome::sends).count());
		int validity = (expiresInDays != null) ? expiresInDays : this.settings.defaultExpiryDays();
		InvitationSending.Inviter inviter = this.sending.inviter(accountId, inviterId)
			.granting(keyNames.isEmpty() ? null : keyNames)
			.as((role != null) ? role : Role.REGULAR_MEMBER);
		Map<String, UUID> created = this.sending.create(inviter,
				plan.keySet().stream().filter((email) -> plan.get(email) == InviteOutcome.INVITED).toList(), language,
				validity);
		List<InviteResult> results = new ArrayList<>();
		plan.forEach((email, outcome) -> results.add(new InviteResult(email, outcome,
				(outcome == InviteOutcome.RESENT) ? resend(inviter, open.get(email), language, validity)
						: created.get(email))));
		// A fresh link also takes the keys of this request, none included.
		results.stream()
			.filter((r) -> r.invitationId() != null && (!keyIds.isEmpty() || r.outcome() == InviteOutcome.RESENT))
			.forEach((r) -> this.keys.replace(r.invitationId(), keyIds));
		return results;
	}

	/** A fresh link and expiry for a pending (or time-expired) invitation; the old link stops working. */
	@Transactional
	public InvitationView resend(UUID accountId, UUID callerId, UUID invitationId) {
		this.access.administrator(accountId, callerId);
		this.businesses.lock(accountId);
		Invitation invitation = this.invitations.byId(accountId, invitationId).orElseThrow(NotFoundException::new);
		String token = SecureTokens.generate("");
		// The new link is valid for as long as the inviter chose for the first one.
		invitation.resend(SecureTokens.sha256(token), invitation.language(), invitation.role(),
				invitation.validityDays(), this.clock);
		this.sending.checkDailyLimit(accountId, 1);
		InvitationSending.Inviter inviter = this.sending.inviter(accountId, callerId).as(invitation.role());
		this.sending.resent(inviter, invitation, token);
		return invitation.view(this.inviters.nameOf(invitation), this.clock);
	}

	/** Revokes an invitation not yet accepted; {@link InvitationNotPendingException} otherwise. */
	@Transactional
	public void revoke(UUID accountId, UUID callerId, UUID invitationId) {
		this.access.administrator(accountId, callerId);
		Invitation invitation = this.invitations.byId(accountId, invitationId).orElseThrow(NotFoundException::new);
		invitation.revoke(this.clock);
		if (!this.invitations.revoked(invitation)) {
			throw new InvitationNotPendingException();
		}
		this.events.publishEvent(
				new InvitationRevoked(accountId, Actor.person(callerId), invitation.id(), invitation.email()));
	}

	/** How an address would be handled now: for checking each address as it is added in the dialog. */
	@Transactional(readOnly = true)
	public InviteOutcome preview(UUID accountId, UUID callerId, String email) {
		this.access.administrator(accountId, callerId);
		if (!EmailAddress.isValid(email)) {
			return InviteOutcome.INVALID;
		}
		String address = EmailAddress.normalize(email);
		return outcome(this.memberships.statusOf(accountId, address).orElse(null),
				!this.invitations.openFor(accountId, List.of(address)).isEmpty());
	}

	/** The keys to grant, once each; refused when inviting Account Administrators (they administer every key). */
	private static List<UUID> grantable(List<UUID> licenseKeyIds, Role role) {
		List<UUID> keyIds = (licenseKeyIds != null) ? List.copyOf(new LinkedHashSet<>(licenseKeyIds)) : List.of();
		if (role == Role.ACCOUNT_ADMINISTRATOR && !keyIds.isEmpty()) {
			// An Account Administrator administers every key; License Administrators are Regular Members.
			throw ValidationException.of("licenseKeyIds", "invite.role.adminKeys");
		}
		return keyIds;
	}

	private UUID resend(InvitationSending.Inviter inviter, Invitation invitation, Language language, int validity) {
		this.sending.resend(inviter, invitation, language, validity);
		return invitation.id();
	}

	/** How each address will be handled, from the memberships and the open invitations among them. */
	private Map<String, InviteOutcome> plan(UUID accountId, Set<String> addresses, Set<String> open) {
		Map<String, MembershipStatus> members = this.memberships.statusesOf(accountId, addresses);
		Map<String, InviteOutcome> plan = new LinkedHashMap<>();
		addresses.forEach((email) -> plan.put(email, outcome(members.get(email), open.contains(email))));
		return plan;
	}

	private static InviteOutcome outcome(MembershipStatus member, boolean pending) {
		if (member != null) {
			return (member == MembershipStatus.BLOCKED) ? InviteOutcome.BLOCKED_MEMBER : InviteOutcome.ALREADY_MEMBER;
		}
		return pending ? InviteOutcome.RESENT : InviteOutcome.INVITED;
	}

}
