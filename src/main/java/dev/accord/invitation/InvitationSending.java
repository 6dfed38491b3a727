package dev.accord.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.account.AccountService;
import dev.accord.business.BusinessAccountService;
import dev.accord.business.Role;
import dev.accord.platform.RateLimitedException;
import dev.accord.shared.Actor;
import dev.accord.shared.Language;
import dev.accord.platform.SecureTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Sends invitations for administrators: new ones, and fresh links for open ones, each counted
 * against the account's daily limit, mailed and published.
 */
@Component
class InvitationSending {

	private final Invitations invitations;

	private final InvitationSends sends;

	private final InvitationMailer mailer;

	private final AccountService accounts;

	private final BusinessAccountService businesses;

	private final InvitationSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InvitationSending(Invitations invitations, InvitationSends sends, InvitationMailer mailer, AccountService accounts,
			BusinessAccountService businesses, InvitationSettings settings, ApplicationEventPublisher events,
			Clock clock) {
		this.invitations = invitations;
		this.sends = sends;
		this.mailer = mailer;
		this.accounts = accounts;
		this.businesses = businesses;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** Who is sending, for which account, as a Regular Member invitation granting no keys until told otherwise. */
	Inviter inviter(UUID accountId, UUID inviterId) {
		return new Inviter(accountId, inviterId, this.accounts.get(inviterId).displayName(),
				this.businesses.find(accountId).companyName(), null, Role.REGULAR_MEMBER);
	}

	/** {@link RateLimitedException} when sending this many more would pass the account's 24-hour limit. */
	void checkDailyLimit(UUID accountId, long sending) {
		long sent = this.sends.since(accountId, this.clock.instant().minus(Duration.ofHours(24)));
		if (sent + sending > this.settings.dailyLimit()) {
			throw new RateLimitedException("invite.dailyLimit", this.settings.dailyLimit());
		}
	}

	/** New invitations for these addresses, by address; their rows and send counts are written in one batch each. */
	Map<String, UUID> create(Inviter inviter, List<String> emails, Language language, int validity) {
		Map<String, UUID> ids = new LinkedHashMap<>();
		if (emails.isEmpty()) {
			return ids;
		}
		Instant now = this.clock.instant();
		Map<UUID, String> tokens = new HashMap<>();
		List<Invitation> created = new ArrayList<>();
		for (String email : emails) {
			String token = SecureTokens.generate("");
			Invitation invitation = Invitation.create(inviter.accountId(), email, language, inviter.role(),
					inviter.personId(), validity, SecureTokens.sha256(token), now);
			created.add(invitation);
			tokens.put(invitation.id(), token);
			ids.put(email, invitation.id());
		}
		this.invitations.addAll(created);
		this.sends.add(inviter.accountId(), now, created.size());
		for (Invitation invitation : created) {
			mail(inviter, invitation, tokens.get(invitation.id()));
			this.events.publishEvent(new InvitationSent(inviter.accountId(), inviter.actor(), invitation.id(),
					invitation.email(), language, inviter.role(), invitation.link().expiresAt(), inviter.licenseKeys()));
		}
		return ids;
	}

	/** A fresh link for an open invitation, in this language and validity, as the inviter's role. */
	void resend(Inviter inviter, Invitation invitation, Language language, int validity) {
		String token = SecureTokens.generate("");
		invitation.resend(SecureTokens.sha256(token), language, inviter.role(), validity, this.clock);
		resent(inviter, invitation, token);
	}

	/** Writes, counts, mails and publishes an invitation just given a fresh link with this token. */
	void resent(Inviter inviter, Invitation invitation, String token) {
		this.invitations.resent(invitation);
		this.sends.add(inviter.accountId(), this.clock.instant(), 1);
		mail(inviter, invitation, token);
		this.events.publishEvent(new InvitationResent(inviter.accountId(), inviter.actor(), invitation.id(),
				invitation.email(), invitation.language(), invitation.role(), invitation.link().expiresAt(),
				inviter.licenseKeys()));
	}

	private void mail(Inviter inviter, Invitation invitation, String token) {
		this.mailer.send(invitation.email(), invitation.language(), token, inviter.name(), inviter.companyName(),
				invitation.link().expiresAt());
	}

	/**
	 * @param licenseKeys the names of the keys the invited become License Administrators of when
	 * they accept; null when the call does not set them (a plain resend)
	 */
	record Inviter(UUID accountId, UUID personId, String name, String companyName, String licenseKeys, Role role) {

		Actor actor() {
			return Actor.person(this.personId);
		}

		Inviter granting(String keyNames) {
			return new Inviter(this.accountId, this.personId, this.name, this.companyName, keyNames, this.role);
		}

		Inviter as(Role invitedAs) {
			return new Inviter(this.accountId, this.personId, this.name, this.companyName, this.licenseKeys, invitedAs);
		}

	}

}
