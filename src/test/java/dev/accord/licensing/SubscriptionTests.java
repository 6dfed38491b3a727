package dev.accord.licensing;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import dev.accord.platform.ValidationException;
import org.junit.jupiter.api.Test;

import static dev.accord.licensing.Aggregates.TODAY;
import static dev.accord.licensing.Aggregates.last;
import static dev.accord.licensing.Aggregates.primaryUsing;
import static dev.accord.licensing.Aggregates.subscription;
import static dev.accord.licensing.Aggregates.withKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The subscription's rules: its status by date, and the keys it lets be created and resized. */
class SubscriptionTests {

	private static final Period GRACE = Period.ofDays(30);

	@Test
	void aSubscriptionIsActiveUntilItsExpirationDateThenInGracePeriodThenExpired() {
		LocalDate expires = LocalDate.of(2026, 1, 31);

		assertThat(SubscriptionStatus.of(expires, GRACE, expires)).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(SubscriptionStatus.of(expires, GRACE, expires.plusDays(1))).isEqualTo(SubscriptionStatus.GRACE_PERIOD);
		assertThat(SubscriptionStatus.of(expires, GRACE, expires.plusDays(30))).isEqualTo(SubscriptionStatus.GRACE_PERIOD);
		assertThat(SubscriptionStatus.of(expires, GRACE, expires.plusDays(31))).isEqualTo(SubscriptionStatus.EXPIRED);
	}

	@Test
	void aProvisionedSubscriptionIsNamedAfterItsProductAndHasOnlyItsPrimaryKey() {
		Subscription s = Subscription.provision(null, "Desktop", 5, TODAY, TODAY.plusYears(1));

		assertThat(s.name()).isEqualTo("Desktop");
		assertThat(s.keys()).singleElement().satisfies((key) -> {
			assertThat(key.type()).isEqualTo(KeyType.PRIMARY);
			assertThat(key.limit()).isNull();
			assertThat(key.value()).startsWith("ACRD-");
		});
		assertThat(s.registeredTo(UUID.randomUUID()).keys()).allSatisfy((k) -> assertThat(k.accountId()).isNotNull());
	}

	@Test
	void aNewKeyHasALimitFromOneToTheSeatsAndIsNeverAPrimaryKey() {
		Subscription s = subscription(5);

		assertThat(s.addKey("Berlin", KeyType.DYNAMIC, 5, null, TODAY).used()).isZero();
		assertRefused(() -> s.addKey("Berlin", KeyType.DYNAMIC, 6, null, TODAY), "limit", "licensing.limit.range");
		assertRefused(() -> s.addKey("Berlin", KeyType.DYNAMIC, 0, null, TODAY), "limit", "licensing.limit.range");
		assertRefused(() -> s.addKey("Berlin", KeyType.PRIMARY, 1, null, TODAY), "type", "validation.choose");
		assertRefused(() -> s.addKey("Berlin", null, 1, null, TODAY), "type", "validation.choose");
	}

	@Test
	void aNewKeyExpiresBetweenTodayAndTheSubscriptionsExpiration() {
		Subscription s = subscription(5);

		assertThat(s.addKey("Berlin", KeyType.DYNAMIC, 1, TODAY, TODAY).expiresOn()).isEqualTo(TODAY);
		assertRefused(() -> s.addKey("Berlin", KeyType.DYNAMIC, 1, TODAY.minusDays(1), TODAY), "expiresAt",
				"validation.future");
		assertRefused(() -> s.addKey("Berlin", KeyType.DYNAMIC, 1, s.expirationDate().plusDays(1), TODAY), "expiresAt",
				"licensing.key.expiresAfterSubscription");
	}

	@Test
	void aReservedKeyTakesOnlyUnreservedSeatsNotInUse() {
		Subscription s = primaryUsing(withKey(subscription(10), KeyType.RESERVED, 3, 0, null), 4);

		assertThat(s.maxNewKey(KeyType.RESERVED, TODAY)).isEqualTo(3);
		assertThat(s.maxNewKey(KeyType.DYNAMIC, TODAY)).isEqualTo(10);
		assertThat(s.addKey("Munich", KeyType.RESERVED, 3, null, TODAY).limit()).isEqualTo(3);
		assertThatThrownBy(() -> s.addKey("Munich", KeyType.RESERVED, 4, null, TODAY))
			.isInstanceOf(SeatsTakenException.class);
	}

	@Test
	void aReservedKeyGrowsOnlyIntoFreeUnreservedSeatsAndNeverBelowItsComputers() {
		Subscription s = primaryUsing(withKey(subscription(10), KeyType.RESERVED, 3, 2, null), 5);
		LicenseKey reserved = last(s);

		assertThat(s.resize(reserved, 5, TODAY).limit()).isEqualTo(5);
		assertThatThrownBy(() -> s.resize(reserved, 6, TODAY)).isInstanceOf(SeatsTakenException.class);
		assertRefused(() -> s.resize(reserved, 1, TODAY), "limit", "licensing.limit.belowUsed");
		assertRefused(() -> s.resize(reserved, 11, TODAY), "limit", "licensing.limit.range");
		assertRefused(() -> s.resize(s.primaryKey(), 3, TODAY), "limit", "licensing.primary.limit");
	}

	@Test
	void aComputerMovesOnlyWhereASeatIsFreeCountingTheSeatItLeaves() {
		Subscription s = primaryUsing(withKey(subscription(3), KeyType.DYNAMIC, 3, 0, null), 3);

		assertThat(s.admits(last(s), TODAY)).isFalse();
		assertThat(s.admitsMove(s.primaryKey(), last(s), TODAY)).isTrue();
		Subscription full = primaryUsing(withKey(subscription(3), KeyType.DYNAMIC, 1, 1, null), 2);
		assertThat(full.admitsMove(full.primaryKey(), last(full), TODAY)).isFalse();
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
			String key) {
		assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class,
				(ex) -> assertThat(ex.fieldErrors()).containsEntry(field, key));
	}

}
