package dev.accord.account;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code accord.account.*}: documented defaults, and values that make no sense stop the start. */
class AccountSettingsTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Settings.class);

	@Test
	void defaultsAreTheDocumentedOnes() {
		this.context.run((context) -> {
			AccountSettings settings = context.getBean(AccountSettings.class);
			assertThat(settings.passwordReset().linkValidity()).isEqualTo(Duration.ofHours(1));
			assertThat(settings.passwordReset().mailsPerHour()).isEqualTo(5);
			assertThat(settings.signIn().freeFailures()).isEqualTo(5);
			assertThat(settings.signIn().freeFailuresPerAddress()).isEqualTo(50);
			assertThat(settings.signIn().firstDelay()).isEqualTo(Duration.ofSeconds(1));
			assertThat(settings.signIn().maxDelay()).isEqualTo(Duration.ofMinutes(15));
			assertThat(settings.signIn().forgetAfter()).isEqualTo(Duration.ofHours(24));
		});
	}

	@Test
	void aResetLinkLifetimeCanBeSet() {
		this.context.withPropertyValues("accord.account.password-reset.link-validity=30m")
			.run((context) -> assertThat(context.getBean(AccountSettings.class).passwordReset().linkValidity())
				.isEqualTo(Duration.ofMinutes(30)));
	}

	@Test
	void aResetLinkLifetimeUnderAMinuteOrOverAWeekIsRefused() {
		this.context.withPropertyValues("accord.account.password-reset.link-validity=10s")
			.run((context) -> assertThat(context).hasFailed());
		this.context.withPropertyValues("accord.account.password-reset.link-validity=8d")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void noFreeFailuresIsRefused() {
		this.context.withPropertyValues("accord.account.sign-in.free-failures=0")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(AccountSettings.class)
	static class Settings {

	}

}
