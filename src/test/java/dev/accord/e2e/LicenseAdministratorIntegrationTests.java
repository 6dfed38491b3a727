package dev.accord.e2e;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

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

/**
 * In real Chromium: an administrator creates a reserved key and makes a member its License
 * Administrator; that member sees only that key and deactivates one of its computers.
 */
@AccordIntegrationTest
class LicenseAdministratorIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	ProvisioningService provisioning;

	@Autowired
	DeviceService devices;

	@Autowired
	MutableClock clock;

	@Test
	void anAdministratorDelegatesAKeyAndItsLicenseAdministratorDeactivatesAComputer() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME Corporation");
		Person bob = this.api.inviteAndJoin(ana, acme, "bob");
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		this.provisioning.provisionAsSystem(acme, "Accord Desktop Pro", 10, today, today.plusYears(1));

		String berlinKey;
		try (Browser admin = Browser.open(this.api.baseUrl())) {
			admin.signIn(ana.email(), Api.PASSWORD);
			admin.go("/business/" + acme + "/dashboard");
			admin.click("#subscriptions-link");
			admin.click(".create-key");
			admin.type("#name", "Berlin office");
			admin.type("#limit", "3");
			admin.click("#type-reserved");
			admin.click("#new-key-submit");
			admin.awaitText("#key-title", "Berlin office");
			berlinKey = admin.text("#key-value");
			admin.click("#tab-administrators");
			admin.type("#candidate-q", "bob");
			admin.click("#candidate-search-submit");
			admin.awaitText("#candidates", bob.email());
			admin.click("#candidates .grant-submit");
			admin.awaitText("#key-administrators", bob.email());
			// Rename by clicking the name, in place.
			admin.go("/business/" + acme + "/subscriptions");
			admin.clickText("Berlin office");
			admin.type(".key-rename input[name=name]", "Berlin office HQ");
			admin.click(".key-rename button[type=submit]");
			admin.awaitText(".key-name-cell", "Berlin office HQ");
		}
		this.devices.activate(berlinKey, new DeviceService.Device("pc-1", "Reception PC", "SN-1", null, null));
		this.devices.activate(berlinKey, new DeviceService.Device("pc-2", "Meeting room PC", "SN-2", null, null));

		try (Browser member = Browser.open(this.api.baseUrl())) {
			member.signIn(bob.email(), Api.PASSWORD);
			member.go("/business/" + acme + "/dashboard");
			assertThat(member.text("#key-summary")).contains("Berlin office").doesNotContain("Accord Desktop Pro");
			member.clickText("Berlin office HQ");
			member.click("#computers-link");
			member.awaitText("#computer-list", "Reception PC");
			member.driver()
				.findElement(By.cssSelector("input[name=computer][aria-label='Reception PC']"))
				.click();
			member.click("#action-deactivate");
			member.awaitText("#confirm-what", "1 computer of");
			member.click("#confirm-submit");
			member.awaitText("#computers-notice", "deactivated");
			assertThat(member.text("#computer-list")).contains("Meeting room PC").doesNotContain("Reception PC");
		}
		assertThat(this.devices.checkIn(berlinKey, "pc-1").valid()).isFalse();
		assertThat(this.api.get("/api/v1/business-accounts/" + acme + "/license-keys", bob.token()).items())
			.extracting((k) -> k.get("name")).containsExactly("Berlin office HQ");
	}

}
