package dev.accord.licensing;

import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.accord.licensing.Aggregates.TODAY;
import static dev.accord.licensing.Aggregates.last;
import static dev.accord.licensing.Aggregates.primaryUsing;
import static dev.accord.licensing.Aggregates.subscription;
import static dev.accord.licensing.Aggregates.withKey;
import static org.assertj.core.api.Assertions.assertThat;

/** ADR 0004's arithmetic, on keys in memory. */
class SeatLedgerTests {

	@Test
	void reservedKeysSetTheirLimitAsideFromThePool() {
		Subscription s = withKey(subscription(10), KeyType.RESERVED, 4, 1, null);

		SeatLedger ledger = s.ledger(TODAY);

		assertThat(ledger.pool()).isEqualTo(6);
		assertThat(ledger.used()).isEqualTo(1);
		assertThat(ledger.available()).isEqualTo(9);
		assertThat(ledger.availableOn(s.primaryKey())).isEqualTo(6);
		assertThat(ledger.availableOn(last(s))).isEqualTo(3);
	}

	@Test
	void thePrimaryKeyAndDynamicKeysCompeteForThePool() {
		Subscription s = primaryUsing(withKey(subscription(5), KeyType.DYNAMIC, 3, 2, null), 3);

		SeatLedger ledger = s.ledger(TODAY);

		assertThat(ledger.poolUsed()).isEqualTo(5);
		assertThat(ledger.admits(s.primaryKey())).isFalse();
		assertThat(ledger.admits(last(s))).isFalse();
		assertThat(ledger.availableOn(last(s))).isZero();
	}

	@Test
	void aDynamicKeyAlsoStopsAtItsOwnLimit() {
		Subscription s = withKey(subscription(10), KeyType.DYNAMIC, 2, 2, null);

		assertThat(s.ledger(TODAY).admits(last(s))).isFalse();
		assertThat(s.ledger(TODAY).admits(s.primaryKey())).isTrue();
	}

	@Test
	void aReservedKeyIsAdmittedUpToItsLimitEvenWhenThePoolIsFull() {
		Subscription s = primaryUsing(withKey(subscription(5), KeyType.RESERVED, 2, 1, null), 3);

		assertThat(s.ledger(TODAY).admits(s.primaryKey())).isFalse();
		assertThat(s.ledger(TODAY).admits(last(s))).isTrue();
	}

	@Test
	void anExpiredAdditionalKeyCountsForNothingAndItsReservedSeatsReturnToThePool() {
		Subscription s = withKey(subscription(10), KeyType.RESERVED, 4, 3, TODAY.minusDays(1));

		SeatLedger ledger = s.ledger(TODAY);

		assertThat(ledger.pool()).isEqualTo(10);
		assertThat(ledger.used()).isZero();
		assertThat(s.admits(last(s), TODAY)).isFalse();
	}

	@Test
	void aKeyExpiringTodayStillCounts() {
		Subscription s = withKey(subscription(10), KeyType.RESERVED, 4, 3, TODAY);

		assertThat(s.ledger(TODAY).pool()).isEqualTo(6);
		assertThat(s.admits(last(s), TODAY)).isTrue();
	}

	@Test
	void anOverUsedPoolHasNothingAvailableRatherThanANegativeNumber() {
		SeatLedger ledger = SeatLedger.of(3, List.of(), TODAY);
		SeatLedger over = new SeatLedger(3, 2, 4, 0);

		assertThat(ledger.available()).isEqualTo(3);
		assertThat(over.available()).isEqualTo(2);
		assertThat(over.poolLeft()).isNegative();
	}

}
