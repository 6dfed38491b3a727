package dev.accord.licensing;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** A subscription with its seats in use and still available, as administrators see it. */
public record SubscriptionView(UUID id, String name, String product, int seats, int used, int available,
		SubscriptionStatus status, LocalDate activationDate, LocalDate expirationDate, boolean autoRenew) {

	static SubscriptionView of(Subscription s, Period grace, LocalDate today) {
		SeatLedger ledger = s.ledger(today);
		return new SubscriptionView(s.id(), s.name(), s.product(), s.seats(), ledger.used(), ledger.available(),
				s.status(grace, today), s.activationDate(), s.expirationDate(), s.autoRenew());
	}

}
