package dev.accord.platform;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code accord.brand.*}: unset or blank settings leave the brand as it was; a typo in a colour,
 * a location or an email stops the start with a message naming the setting.
 */
class BrandSettingsTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Settings.class);

	@Test
	void withoutSettingsTheBrandIsOnlyItsName() {
		this.context.withPropertyValues("accord.brand.logo= ").run((context) -> {
			AccordProperties.Brand brand = context.getBean(AccordProperties.class).brand();
			assertThat(brand.name()).isEqualTo("Accord");
			assertThat(brand.logo()).isNull();
			assertThat(brand.primaryColor()).isNull();
			assertThat(brand.favicon()).isNull();
			assertThat(brand.hasSupport()).isFalse();
			assertThat(brand.imageOrigins()).isEmpty();
		});
	}

	@Test
	void theBrandSettingsAreRead() {
		this.context
			.withPropertyValues("accord.brand.logo=https://cdn.example.com:8443/acme/logo.svg",
					"accord.brand.primary-color=#C0392B", "accord.brand.favicon=/favicon-acme.png",
					"accord.brand.support-url=https://help.example.com/portal?from=accord",
					"accord.brand.support-email=help@example.com")
			.run((context) -> {
				AccordProperties.Brand brand = context.getBean(AccordProperties.class).brand();
				assertThat(brand.primaryColor()).isEqualTo("#C0392B");
				assertThat(brand.favicon()).isEqualTo("/favicon-acme.png");
				assertThat(brand.hasSupport()).isTrue();
				assertThat(brand.imageOrigins()).containsExactly("https://cdn.example.com:8443");
			});
	}

	@Test
	void aShortColourIsAccepted() {
		this.context.withPropertyValues("accord.brand.primary-color=#c03")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void aColourThatIsNotHexStopsTheStartNamingTheSetting() {
		assertRefused("accord.brand.primary-color=red", "primaryColor", "#rgb or #rrggbb");
		assertRefused("accord.brand.primary-color=#12345", "primaryColor", "#rgb or #rrggbb");
	}

	@Test
	void aLocationThatIsNeitherHttpNorAPathStopsTheStart() {
		assertRefused("accord.brand.logo=logo.png", "logo", "http(s) URL or a path starting with /");
		assertRefused("accord.brand.favicon=javascript:alert(1)", "favicon", "http(s) URL");
		assertRefused("accord.brand.support-url=//evil.example.com", "supportUrl", "http(s) URL");
		assertRefused("accord.brand.logo=https://cdn.example.com/a\"b.png", "logo", "http(s) URL");
	}

	@Test
	void anEmailWithoutDomainStopsTheStart() {
		assertRefused("accord.brand.support-email=help", "supportEmail", "email address");
	}

	private void assertRefused(String setting, String field, String message) {
		this.context.withPropertyValues(setting).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(field).hasMessageContaining(message);
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(AccordProperties.class)
	static class Settings {

	}

}
