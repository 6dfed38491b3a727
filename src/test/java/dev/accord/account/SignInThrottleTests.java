package dev.accord.account;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SignInThrottleTests {

	private final AccountSettings.SignInThrottling defaults = new AccountSettings.SignInThrottling(5, 50,
			Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(24));

	@Test
	void failuresWithinTheAllowanceCostNoWaitAndEachFurtherOneDoublesItUpToTheMaximum() {
		assertThat(this.defaults.delayAfter(4, 5)).isZero();
		assertThat(this.defaults.delayAfter(5, 5)).hasSeconds(1);
		assertThat(this.defaults.delayAfter(6, 5)).hasSeconds(2);
		assertThat(this.defaults.delayAfter(14, 5)).hasSeconds(512);
		assertThat(this.defaults.delayAfter(15, 5)).hasMinutes(15);
		assertThat(this.defaults.delayAfter(10_000, 5)).hasMinutes(15);
	}

	@Test
	void anIpv6ClientIsCountedByItsSlash64NetworkAndAnIpv4ClientByItsAddress() {
		assertThat(SignInThrottle.network("2001:db8:1:2:aaaa::1")).isEqualTo(SignInThrottle.network("2001:db8:1:2::ffff"))
			.isEqualTo("20010db800010002::/64");
		assertThat(SignInThrottle.network("2001:db8:1:3::1")).isNotEqualTo(SignInThrottle.network("2001:db8:1:2::1"));
		assertThat(SignInThrottle.network("203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(SignInThrottle.network(null)).isEmpty();
	}

	@Test
	void settingsWhoseDelaysContradictEachOtherAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AccountSettings.SignInThrottling(5, 50,
				Duration.ofMinutes(20), Duration.ofMinutes(15), Duration.ofHours(24)));
		assertThatIllegalArgumentException().isThrownBy(() -> new AccountSettings.SignInThrottling(5, 50,
				Duration.ZERO, Duration.ofMinutes(15), Duration.ofHours(24)));
	}

}
