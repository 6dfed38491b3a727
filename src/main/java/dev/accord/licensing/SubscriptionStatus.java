package dev.accord.licensing;

import java.time.LocalDate;
import java.time.Period;

/** Active until the expiration date, then Grace period for the configured time, then Expired. */
public enum SubscriptionStatus {

	ACTIVE, GRACE_PERIOD, EXPIRED;

	static SubscriptionStatus of(LocalDate expirationDate, Period grace, LocalDate today) {
		if (!today.isAfter(expirationDate)) {
			return ACTIVE;
		}
		return today.isAfter(expirationDate.plus(grace)) ? EXPIRED : GRACE_PERIOD;
	}

	public String messageKey() {
		return "subscription.status." + name();
	}

}
