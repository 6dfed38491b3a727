package dev.accord.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.accord.platform.ForbiddenException;
import dev.accord.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may open Create License Key under a subscription, and how many licenses a new key may have
 * now: all the seats for a dynamic key, the unreserved seats not in use for a reserved one.
 */
@Service
public class NewKeyLimits {

	private final LicensingStore store;

	private final LicensingAccess access;

	private final Clock clock;

	NewKeyLimits(LicensingStore store, LicensingAccess access, Clock clock) {
		this.store = store;
		this.access = access;
		this.clock = clock;
	}

	/** Refuses (403) a caller who may not create keys under the subscription's Primary Key. */
	@Transactional(readOnly = true)
	public void requireMayCreate(UUID accountId, UUID callerId, UUID subscriptionId) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		Rows.Key primary = primaryOf(accountId, subscriptionId);
		if (!rights.mayManageAdditionalKeysOf(primary.id())) {
			throw new ForbiddenException();
		}
	}

	/** The most licenses a new key of this type may have under the subscription now. */
	@Transactional(readOnly = true)
	public int max(UUID accountId, UUID callerId, UUID subscriptionId, KeyType type) {
		requireMayCreate(accountId, callerId, subscriptionId);
		Rows.Subscription subscription = this.store.subscription(subscriptionId).orElseThrow(NotFoundException::new);
		if (type != KeyType.RESERVED) {
			return subscription.seats();
		}
		SeatLedger ledger = SeatLedger.of(subscription, this.store.keysOfSubscription(subscriptionId),
				LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC));
		return Math.max(0, ledger.pool() - ledger.poolUsed());
	}

	/** The subscription's Primary Key, if the subscription is this account's (404 otherwise, like the POST). */
	private Rows.Key primaryOf(UUID accountId, UUID subscriptionId) {
		return this.store.keysOfSubscription(subscriptionId)
			.stream()
			.filter((k) -> k.type() == KeyType.PRIMARY && accountId.equals(k.accountId()))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

}
