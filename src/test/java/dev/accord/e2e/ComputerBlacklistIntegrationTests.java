package dev.accord.e2e;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.accord.licensing.DeviceBlacklistedException;
import dev.accord.licensing.DeviceService;
import dev.accord.licensing.ProvisioningService;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Browser;
import dev.accord.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * In real Chromium: an administrator blacklists a computer, finds it in the list as Blacklisted,
 * unblacklists it, and it can activate again.
 */
@AccordIntegrationTest
class ComputerBlacklistIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	ProvisioningService provisioning;

	@Autowired
	DeviceService devices;

	@Autowired
	MutableClock clock;

	@Test
	void anAdministratorBlacklistsAComputerFindsItBlacklistedAndUnblacklistsIt() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME Corporation");
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		String key = this.provisioning.provisionAsSystem(acme, "Accord Desktop Pro", 3, today, today.plusYears(1))
			.primaryKey();
		this.devices.activate(key, new DeviceService.Device("pc-1", "Reception PC", "SN-1", null, null));
		this.devices.activate(key, new DeviceService.Device("pc-2", "Meeting room PC", "SN-2", null, null));

		try (Browser admin = Browser.open(this.api.baseUrl())) {
			admin.signIn(ana.email(), Api.PASSWORD);
			admin.go("/business/" + acme + "/subscriptions");
			admin.clickText("Details");
			admin.click("#computers-link");
			admin.awaitText("#computer-list", "Reception PC");
			row(admin, "Reception PC").click();
			admin.click("#action-blacklist");
			// The confirmation says what will happen; the red button blacklists.
			admin.awaitText("#confirm-what", "1 computer is blacklisted");
			admin.click("#confirm-submit");
			admin.awaitText("#computers-notice", "blacklisted");
			admin.awaitText("#computer-list", "Reception PC");
			assertThat(status(admin, "Reception PC")).isEqualTo("Blacklisted");
			assertThat(status(admin, "Meeting room PC")).isEqualTo("Active");
			assertThatThrownBy(() -> this.devices.activate(key,
					new DeviceService.Device("pc-1", "Reception PC", "SN-1", null, null)))
				.isInstanceOf(DeviceBlacklistedException.class);

			row(admin, "Reception PC").click();
			admin.click("#action-unblacklist");
			admin.awaitText("#computers-notice", "no longer blacklisted");
			assertThat(admin.text("#computer-list")).doesNotContain("Reception PC");
			admin.click("#status-DEACTIVATED");
			admin.click("#status-apply");
			admin.awaitText("#computer-list", "Reception PC");
			assertThat(status(admin, "Reception PC")).isEqualTo("Deactivated");
		}
		assertThat(this.devices.activate(key, new DeviceService.Device("pc-1", "Reception PC", "SN-1", null, null))
			.created()).isTrue();
		assertThat(this.devices.checkIn(key, "pc-1").valid()).isTrue();
	}

	private static org.openqa.selenium.WebElement row(Browser browser, String computer) {
		return browser.driver().findElement(By.cssSelector("input[name=computer][aria-label='" + computer + "']"));
	}

	private static String status(Browser browser, String computer) {
		return browser.driver()
			.findElement(By.xpath("//tr[.//input[@aria-label='" + computer + "']]//td[contains(@class,'computer-status')]"))
			.getText();
	}

}
