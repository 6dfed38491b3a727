package dev.accord.e2e;

import java.util.List;
import java.util.Map;

import dev.accord.support.Api;
import dev.accord.support.Browser;
import dev.accord.support.BrandedPortal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium, under the portal's Content-Security-Policy, the brand stylesheet applies: buttons
 * take the vendor's colour, and links a lighter shade of it in the dark scheme; axe-core finds no
 * violation (contrast included) in either.
 */
@BrandedPortal
class BrandedPortalIntegrationTests {

	@Autowired
	Api api;

	@Test
	void buttonsAndLinksTakeTheBrandColourInTheLightAndTheDarkScheme() throws Exception {
		try (Browser browser = Browser.open(this.api.baseUrl())) {
			browser.go("/signin");
			assertThat(style(browser, "#signin-submit", "background-color")).isEqualTo("rgba(192, 57, 43, 1)");
			assertThat(primary(browser)).isEqualTo("#c0392b");
			browser.assertAccessible();

			((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
			browser.go("/signin");
			assertThat(style(browser, "#signin-submit", "background-color")).isEqualTo("rgba(192, 57, 43, 1)");
			assertThat(primary(browser)).isEqualTo("#d67e75");
			// The brand colour keeps its contrast in the dark scheme too (axe-core's color-contrast rule).
			browser.assertAccessible();
		}
	}

	private static String style(Browser browser, String css, String property) {
		return browser.find(css).getCssValue(property);
	}

	private static String primary(Browser browser) {
		return ((String) ((JavascriptExecutor) browser.driver())
			.executeScript("return getComputedStyle(document.documentElement).getPropertyValue('--pico-primary')"))
			.trim();
	}

}
