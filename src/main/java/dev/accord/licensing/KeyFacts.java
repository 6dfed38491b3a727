package dev.accord.licensing;

import java.time.LocalDate;
import java.util.UUID;

/** What a check-in needs to know about a key: its id, business account and expiry dates. */
record KeyFacts(UUID keyId, UUID accountId, LocalDate keyExpires, LocalDate subscriptionExpires) {

	boolean isExpired(LocalDate today) {
		return this.keyExpires != null && today.isAfter(this.keyExpires);
	}

	/** The last day the key's computers validate: its own date or the subscription's, whichever is first. */
	LocalDate expiresAt() {
		return (this.keyExpires != null && this.keyExpires.isBefore(this.subscriptionExpires)) ? this.keyExpires
				: this.subscriptionExpires;
	}

}
