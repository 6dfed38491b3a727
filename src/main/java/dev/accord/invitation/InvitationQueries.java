package dev.accord.invitation;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.business.BusinessAccess;
import dev.accord.platform.Keyset;
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
		// One instant for the query and the views, so that no row of a Pending page shows as expired.
		Clock now = Clock.fixed(this.clock.instant(), ZoneOffset.UTC);
		Keyset.Window<Invitation> window = Keyset.decode(cursor)
			.read(limit, (at) -> this.invitations.page(accountId, status, now.instant(), at, limit + 1),
					(i) -> new InvitationPage.Key(i.createdAt(), i.id()).text());
		Map<UUID, String> names = this.inviters.namesOf(window.items());
		List<InvitationView> views = window.items()
			.stream()
			.map((i) -> i.view((i.invitedBy() != null) ? names.getOrDefault(i.invitedBy(), "") : "", now))
			.toList();
		return new InvitationPage(views, window.offset(), window.previousCursor(), window.nextCursor());
	}

	/**
	 * How many of the account's invitations have the status ({@code null} for all), for administrators;
	 * counts at most {@link dev.accord.platform.ListRange#COUNT_CAP} and one.
	 */
	@Transactional(readOnly = true)
	public long count(UUID accountId, UUID callerId, InvitationStatus status) {
		this.access.administrator(accountId, callerId);
		return this.invitations.count(accountId, status, this.clock.instant());
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
