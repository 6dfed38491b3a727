package dev.accord.licensing;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.accord.business.BusinessAccess;
import dev.accord.business.MembershipView;
import dev.accord.business.Role;
import dev.accord.platform.NotFoundException;
import dev.accord.platform.ValidationException;
import dev.accord.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** License Administrators of specific keys: administrators grant and remove the rights, only to Regular Members. */
@Service
public class LicenseAdministrators {

	private final KeyAdministrators administrators;

	private final LicenseKeys keys;

	private final LicensingAccess access;

	private final BusinessAccess business;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LicenseAdministrators(KeyAdministrators administrators, LicenseKeys keys, LicensingAccess access,
			BusinessAccess business, ApplicationEventPublisher events, Clock clock) {
		this.administrators = administrators;
		this.keys = keys;
		this.access = access;
		this.business = business;
		this.events = events;
		this.clock = clock;
	}

	/** Grants License Administrator rights; only to active Regular Members (422 otherwise). */
	@Transactional
	public void grant(UUID accountId, UUID callerId, UUID keyId, UUID userId) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		rights.requireAdministrator();
		LicenseKey key = this.access.visibleKey(rights, keyId);
		MembershipView member;
		try {
			member = this.business.member(accountId, userId);
		}
		catch (NotFoundException ex) {
			throw ValidationException.of("userId", "licensing.administrator.notRegular");
		}
		if (member.role() != Role.REGULAR_MEMBER) {
			throw ValidationException.of("userId", "licensing.administrator.notRegular");
		}
		if (this.administrators.grant(keyId, userId, accountId, this.clock.instant())) {
			this.events.publishEvent(
					new LicenseAdministratorGranted(accountId, Actor.person(callerId), userId, keyId, key.name()));
		}
	}

	/** Grants the rights an accepted invitation carried, to its new Regular Member (in the caller's transaction). */
	@Transactional
	public void grantFromInvitation(UUID accountId, UUID userId, Collection<UUID> keyIds, Actor grantedBy) {
		MembershipView member = this.business.member(accountId, userId);
		if (member.role() != Role.REGULAR_MEMBER) {
			return;
		}
		Map<UUID, LicenseKey> own = this.keys.ofAccount(accountId)
			.stream()
			.collect(Collectors.toMap(LicenseKey::id, Function.identity()));
		for (UUID keyId : keyIds) {
			if (own.containsKey(keyId) && this.administrators.grant(keyId, userId, accountId, this.clock.instant())) {
				this.events.publishEvent(
						new LicenseAdministratorGranted(accountId, grantedBy, userId, keyId, own.get(keyId).name()));
			}
		}
	}

	/** Ends a person's License Administrator rights on the key; administrators only. */
	@Transactional
	public void remove(UUID accountId, UUID callerId, UUID keyId, UUID userId) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		rights.requireAdministrator();
		LicenseKey key = this.access.visibleKey(rights, keyId);
		if (this.administrators.revoke(keyId, userId)) {
			this.events.publishEvent(
					new LicenseAdministratorRemoved(accountId, Actor.person(callerId), userId, keyId, key.name()));
		}
	}

}
