package dev.accord.mail;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailDispatcherTests {

	private final MailDispatcher dispatcher = new MailDispatcher(null, null,
			new MailSettings("a@example.com", Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMinutes(5), 10,
					4, Duration.ofMinutes(1)),
			null);

	@Test
	void retriesBackOffExponentiallyUpToTheMaximum() {
		assertThat(this.dispatcher.backoff(1)).isEqualTo(Duration.ofSeconds(10));
		assertThat(this.dispatcher.backoff(2)).isEqualTo(Duration.ofSeconds(20));
		assertThat(this.dispatcher.backoff(3)).isEqualTo(Duration.ofSeconds(40));
		assertThat(this.dispatcher.backoff(6)).isEqualTo(Duration.ofMinutes(5));
		assertThat(this.dispatcher.backoff(1000)).isEqualTo(Duration.ofMinutes(5));
	}

}
