package dev.accord.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.accord.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may open Create License Key under a subscription, and how many licenses a new key may have
 * now: all the seats for a dynamic key, the unreserved seats not in use for a reserved one.
 */
@Service
public class NewKeyLimits {

	private final Subscriptions subscriptions;

	private final LicensingAccess access;

	private final Clock clock;

	NewKeyLimits(Subscriptions subscriptions, LicensingAccess access, Clock clock) {
		this.subscriptions = subscriptions;
		this.access = access;
		this.clock = clock;
	}

	/** Refuses (403) a caller who may not create keys under the subscription's Primary Key. */
	@Transactional(readOnly = true)
	public void requireMayCreate(UUID accountId, UUID callerId, UUID subscriptionId) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		rights.requireMayCreateKeysIn(owned(accountId, subscriptionId));
	}

	/** The most licenses a new key of this type may have under the subscription now. */
	@Transactional(readOnly = true)
	public int max(UUID accountId, UUID callerId, UUID subscriptionId, KeyType type) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		Subscription subscription = owned(accountId, subscriptionId);
		rights.requireMayCreateKeysIn(subscription);
		return subscription.maxNewKey(type, LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC));
	}

	/** The subscription, if it is this account's (404 otherwise, like the POST). */
	private Subscription owned(UUID accountId, UUID subscriptionId) {
		return this.subscriptions.find(subscriptionId).filter((s) -> s.isOf(accountId)).orElseThrow(NotFoundException::new);
	}

}
