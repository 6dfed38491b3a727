package dev.accord.licensing;

import java.time.LocalDate;
import java.util.UUID;

public record SubscriptionView(UUID id, String name, String product, int seats, int used, int available,
		SubscriptionStatus status, LocalDate activationDate, LocalDate expirationDate, boolean autoRenew) {
}
