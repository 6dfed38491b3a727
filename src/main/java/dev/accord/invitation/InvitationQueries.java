package dev.accord.invitation;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.business.BusinessAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The invitations of a business account, as its administrators list them. */
@Service
public class InvitationQueries {

	private final Invitations invitations;

	private final Inviters inviters;

	private final BusinessAccess access;

	private final Clock clock;

	InvitationQueries(Invitations invitations, Inviters inviters, BusinessAccess access, Clock clock) {
		this.invitations = invitations;
		this.inviters = inviters;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * A page of the account's invitations, newest first, for administrators; {@code status} null
	 * for all, {@code cursor} from the previous page. Reads the inviters' names in one query.
	 */
	@Transactional(readOnly = true)
	public InvitationPage page(UUID accountId, UUID callerId, InvitationStatus status, String cursor, int limit) {
		this.access.administrator(accountId, callerId);
		InvitationPage.Key after = InvitationPage.Key.decode(cursor);
		// One instant for the query and the views, so that no row of a Pending page shows as expired.
		Clock now = Clock.fixed(this.clock.instant(), ZoneOffset.UTC);
		List<Invitation> found = this.invitations.page(accountId, status, now.instant(), after, limit + 1);
		List<Invitation> page = found.subList(0, Math.min(limit, found.size()));
		Map<UUID, String> names = this.inviters.namesOf(page);
		List<InvitationView> views = page.stream()
			.map((i) -> i.view((i.invitedBy() != null) ? names.getOrDefault(i.invitedBy(), "") : "", now))
			.toList();
		String next = (found.size() > limit)
				? new InvitationPage.Key(views.get(limit - 1).createdAt(), views.get(limit - 1).id()).encode() : null;
		return new InvitationPage(views, next);
	}

	/**
	 * The account's invitation if it is still pending, for administrators; empty once it was
	 * accepted, revoked or has expired (or never was the account's).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<InvitationView> pending(UUID accountId, UUID callerId, UUID invitationId) {
		this.access.administrator(accountId, callerId);
		return this.invitations.byId(accountId, invitationId)
			.map((i) -> i.view("", this.clock))
			.filter((v) -> v.status() == InvitationStatus.PENDING);
	}

}
