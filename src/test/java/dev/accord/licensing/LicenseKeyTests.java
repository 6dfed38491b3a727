package dev.accord.licensing;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A key's expiry: it validates through its expiration date, never past its subscription's. */
class LicenseKeyTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

	@Test
	void aKeyExpiresTheDayAfterItsExpirationDate() {
		LicenseKey key = key(DAY);

		assertThat(key.isExpired(DAY)).isFalse();
		assertThat(key.isExpired(DAY.plusDays(1))).isTrue();
	}

	@Test
	void aKeyWithoutADateNeverExpiresOnItsOwn() {
		assertThat(key(null).isExpired(DAY.plusYears(10))).isFalse();
	}

	@Test
	void aKeyValidatesUntilItsOwnDateOrItsSubscriptionsWhicheverComesFirst() {
		assertThat(key(DAY).expiresAt(DAY.plusDays(5))).isEqualTo(DAY);
		assertThat(key(DAY).expiresAt(DAY.minusDays(5))).isEqualTo(DAY.minusDays(5));
		assertThat(key(null).expiresAt(DAY)).isEqualTo(DAY);
		assertThat(new KeyFacts(UUID.randomUUID(), null, DAY, DAY.plusDays(5)).expiresAt()).isEqualTo(DAY);
		assertThat(new KeyFacts(UUID.randomUUID(), null, null, DAY).isExpired(DAY.plusDays(1))).isFalse();
	}

	@Test
	void renamingAndCountingChangeOnlyTheirField() {
		LicenseKey key = key(DAY);

		assertThat(key.renamed("Munich")).isEqualTo(new LicenseKey(key.id(), key.subscriptionId(), key.accountId(),
				key.type(), "Munich", key.value(), key.limit(), key.used(), key.expiresOn()));
		assertThat(key.counted(2).counted(-1).used()).isEqualTo(key.used() + 1);
	}

	private static LicenseKey key(LocalDate expiresOn) {
		return LicenseKey.create(UUID.randomUUID(), UUID.randomUUID(), KeyType.DYNAMIC, "Berlin", 3, expiresOn);
	}

}
