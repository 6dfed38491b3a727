package dev.accord.audit;

import java.time.Period;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code accord.audit.retention}: unset keeps entries forever; a negative period stops the start. */
class AuditSettingsTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Settings.class);

	@Test
	void noRetentionKeepsEverything() {
		this.context.run((context) -> assertThat(context.getBean(AuditSettings.class).retention()).isNull());
	}

	@Test
	void aRetentionPeriodIsRead() {
		this.context.withPropertyValues("accord.audit.retention=400d")
			.run((context) -> assertThat(context.getBean(AuditSettings.class).retention())
				.isEqualTo(Period.ofDays(400)));
	}

	@Test
	void aNegativeRetentionIsRefused() {
		this.context.withPropertyValues("accord.audit.retention=-1d")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(AuditSettings.class)
	static class Settings {

	}

}
