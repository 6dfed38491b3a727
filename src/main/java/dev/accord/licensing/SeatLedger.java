package dev.accord.licensing;

import java.time.LocalDate;
import java.util.List;

/**
 * Seat arithmetic of one subscription, computed from its keys' counters while the subscription row
 * is locked. Reserved keys set their limit aside; the Primary Key and dynamic keys compete for the
 * rest (the unreserved pool); a dynamic key also stops at its own limit. Expired additional keys
 * count for nothing: their computers no longer validate and their reserved seats return to the pool.
 */
record SeatLedger(int seats, int reserved, int poolUsed, int reservedUsed) {

	static SeatLedger of(int seats, List<LicenseKey> keys, LocalDate today) {
		int reserved = 0;
		int poolUsed = 0;
		int reservedUsed = 0;
		for (LicenseKey key : keys) {
			if (key.isExpired(today)) {
				continue;
			}
			switch (key.type()) {
				case RESERVED -> {
					reserved += key.limit();
					reservedUsed += key.used();
				}
				case PRIMARY, DYNAMIC -> poolUsed += key.used();
			}
		}
		return new SeatLedger(seats, reserved, poolUsed, reservedUsed);
	}

	int pool() {
		return this.seats - this.reserved;
	}

	/** Unreserved seats not in use (negative when the pool is over-used). */
	int poolLeft() {
		return pool() - this.poolUsed;
	}

	int used() {
		return this.poolUsed + this.reservedUsed;
	}

	int available() {
		return Math.max(0, this.seats - this.reserved - this.poolUsed) + Math.max(0, this.reserved - this.reservedUsed);
	}

	/** Whether one more computer may activate with this key now. */
	boolean admits(LicenseKey key) {
		return switch (key.type()) {
			case PRIMARY -> this.poolUsed < pool();
			case DYNAMIC -> key.used() < key.limit() && this.poolUsed < pool();
			case RESERVED -> key.used() < key.limit();
		};
	}

	/** Seats a key may use at most now: its limit, bounded by what the pool still allows. */
	int availableOn(LicenseKey key) {
		int poolLeft = Math.max(0, poolLeft());
		return switch (key.type()) {
			case PRIMARY -> poolLeft;
			case DYNAMIC -> Math.max(0, Math.min(key.limit() - key.used(), poolLeft));
			case RESERVED -> Math.max(0, key.limit() - key.used());
		};
	}

}
