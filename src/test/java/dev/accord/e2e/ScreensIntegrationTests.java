package dev.accord.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.accord.account.SwitchableTwoStep;
import dev.accord.licensing.DeviceService;
import dev.accord.licensing.ProvisioningService;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Browser;
import dev.accord.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen of the product specification (§2) in real Chromium, at a desktop (1280×900) and a
 * phone (390×844) viewport: the page never scrolls sideways and axe-core finds no violation of any
 * impact; a few in the dark scheme too. Then screenshots of the main screens in English and German.
 * One browser and one set of data serve the whole class.
 */
@AccordIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreensIntegrationTests {

	static final int[][] VIEWPORTS = { { 1280, 900 }, { 390, 844 } };

	/**
	 * Where screenshots go: {@code docs/screenshots} when the system property or environment variable
	 * {@code accord.screenshots} / {@code ACCORD_SCREENSHOTS} names it, else {@code target/screenshots}, so that
	 * an ordinary build does not rewrite the committed pictures.
	 */
	static final Path SCREENSHOTS = Path.of(System.getProperty("accord.screenshots",
			System.getenv().getOrDefault("ACCORD_SCREENSHOTS", "target/screenshots")));

	@Autowired
	Api api;

	@Autowired
	ProvisioningService provisioning;

	@Autowired
	DeviceService devices;

	@Autowired
	MutableClock clock;

	@Autowired
	SwitchableTwoStep twoStep;

	/** A business account Ana belongs to that requires two-step verification, which she lacks. */
	UUID strict;

	Browser browser;

	Person ana;

	UUID acme;

	UUID bob;

	UUID other;

	UUID subscription;

	String joinToken;

	Person uma;

	String umaJoinToken;

	String verifyToken;

	String changeToken;

	String keyPath;

	String computerPath;

	@BeforeAll
	void openBrowserOnAnAccountWithData() throws IOException {
		this.ana = this.api.signUp("ana", "Ana");
		this.acme = this.api.createBusiness(this.ana, "ACME Corporation");
		this.bob = this.api.inviteAndJoin(this.ana, this.acme, "Bob").id();
		this.api.inviteAndJoin(this.ana, this.acme, "Carol");
		String invited = Api.uniqueEmail("dave");
		this.api.invite(this.ana, this.acme, invited).succeeded();
		this.joinToken = Api.joinToken(this.api.awaitMail(invited, 1));
		Person olga = this.api.signUp("olga", "Olga");
		this.other = this.api.createBusiness(olga, "Other Ltd");
		this.uma = this.api.signUpUnverified("uma");
		this.verifyToken = Api.linkToken(this.api.awaitMail(this.uma.email(), 1), "/verify-email?token=");
		this.api.invite(this.ana, this.acme, this.uma.email()).succeeded();
		this.umaJoinToken = Api.joinToken(this.api.awaitMail(this.uma.email(), 2));
		String olgaNew = Api.uniqueEmail("olga-new");
		this.api.post("/api/v1/me/email-change", java.util.Map.of("newEmail", olgaNew, "password", Api.PASSWORD),
				olga.token()).succeeded();
		this.changeToken = Api.linkToken(this.api.awaitMail(olgaNew, 1), "/change-email?token=");
		requireTwoStepOfAna();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		var provisioned = this.provisioning.provisionAsSystem(this.acme, "Accord Desktop Pro", 25, today,
				today.plusYears(1));
		this.subscription = provisioned.subscriptionId();
		String key = provisioned.primaryKey();
		this.devices.activate(key, new DeviceService.Device("pc-1", "Reception PC", "SN-20931-A", "00:1A:2B:3C:4D:5E",
				"192.0.2.15"));
		this.devices.activate(key, new DeviceService.Device("pc-2", "Meeting room PC with a long name", "SN-20931-B",
				"00:1A:2B:3C:4D:5F", "192.0.2.16"));
		this.devices.activate(key, new DeviceService.Device("pc-3", "Laptop Ana", "SN-20931-C", null, null));
		// A pending domain with a long name: its TXT record (name and value) must wrap on a phone.
		this.api.post("/api/v1/business-accounts/" + this.acme + "/domains", java.util.Map.of("name",
				"sign-in-for-all-our-offices-" + UUID.randomUUID().toString().substring(0, 8) + ".acme-corporation.example"),
				this.ana.token()).succeeded();
		this.api.post("/api/v1/business-accounts/" + this.acme + "/scim-tokens",
				java.util.Map.of("name", "Microsoft Entra ID provisioning for ACME Corporation"), this.ana.token())
			.succeeded();
		this.browser = Browser.open(this.api.baseUrl());
	}

	@AfterAll
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	@Order(1)
	void everySignedOutScreenFitsADesktopAndAPhoneWithNoAxeViolation() {
		List<String> problems = new ArrayList<>();
		for (int[] viewport : VIEWPORTS) {
			this.browser.resize(viewport[0], viewport[1]);
			check(problems, "/signin", "#signin-submit");
			check(problems, "/signup", "h1");
			check(problems, "/signup/business", "h1");
			check(problems, "/forgot-password", "h1");
			check(problems, "/reset-password?token=not-a-real-token", "h1");
			check(problems, "/join/" + this.joinToken, "h1");
			check(problems, "/join/not-a-real-token", "h1");
			check(problems, "/verify-email?token=" + this.verifyToken, "#verify-email-form");
			check(problems, "/verify-email?token=not-a-real-token", "#verify-email-invalid");
			check(problems, "/change-email?token=" + this.changeToken, "#change-email-form");
			check(problems, "/change-email?token=not-a-real-token", "#change-email-invalid");
		}
		assertThat(problems).isEmpty();
	}

	@Test
	@Order(2)
	void everySignedInScreenFitsADesktopAndAPhoneWithNoAxeViolation() {
		signIn();
		List<String> problems = new ArrayList<>();
		for (int[] viewport : VIEWPORTS) {
			this.browser.resize(viewport[0], viewport[1]);
			for (String[] screen : signedInScreens()) {
				check(problems, screen[0], screen[1]);
			}
			openDialog(problems, "/business/" + this.acme + "/users", "#invite-users", "#invite-dialog");
			openDialog(problems, "/business/" + this.acme + "/users", "a.member-link[href$='" + this.bob + "']",
					"#member-dialog, dialog");
			openDialog(problems, "/business/" + this.acme + "/subscriptions", "button.key-name", ".key-rename input[name=name]");
			openDialog(problems, "/business/" + this.acme + "/profile", "#leave", "#confirm-dialog");
			openDialog(problems, "/business/" + this.acme + "/users", "#pending-list button.destructive", "#confirm-dialog");
			openDialog(problems, "/business/" + this.acme + "/domains", "button.domain-remove", "#confirm-dialog");
			openDialog(problems, "/business/" + this.acme + "/scim", "#scim-token-list button.destructive", "#confirm-dialog");
			showANewScimToken(problems, viewport[0]);
			this.browser.go(keyPath() + "/computers");
			this.browser.click("input[name=computer]");
			openDialog(problems, null, "#action-blacklist", "#confirm-dialog");
			openMenus(problems);
			submitEmpty(problems, "/business/" + this.acme + "/sso", "#sso-save", "#issuer-error");
		}
		assertThat(problems).isEmpty();
	}

	@Test
	@Order(3)
	void theMainScreensHaveNoAxeViolationInTheDarkScheme() {
		signIn();
		List<String> problems = new ArrayList<>();
		this.browser.emulateColorScheme("dark");
		try {
			for (int[] viewport : VIEWPORTS) {
				this.browser.resize(viewport[0], viewport[1]);
				check(problems, "/business/" + this.acme + "/profile", "h1");
				check(problems, "/security", "h1");
				check(problems, "/business/" + this.acme + "/users/invite", "#invite-dialog");
				check(problems, "/business/" + this.acme + "/subscriptions", "h1");
				check(problems, keyPath() + "/computers", "h1");
				check(problems, "/business/" + this.acme + "/domains", ".record-value");
			}
		}
		finally {
			this.browser.emulateColorScheme(null);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	@Order(4)
	void screenshotsOfTheMainScreensInEnglishAndGermanAtDesktopAndPhoneWidth() throws IOException {
		signIn();
		for (String language : List.of("en", "de")) {
			for (int[] viewport : VIEWPORTS) {
				this.browser.resize(viewport[0], viewport[1]);
				String prefix = language + "-" + viewport[0] + "-";
				boolean desktop = viewport[0] > 1000;
				shoot(prefix + "dashboard", "/business/" + this.acme + "/dashboard?lang=" + language);
				shoot(prefix + "users", "/business/" + this.acme + "/users");
				this.browser.click("#invite-users");
				this.browser.find("#invite-dialog");
				this.browser.type("#invite-email", "erin@example.com");
				this.browser.click("#invite-add");
				this.browser.awaitText("#invite-list", "erin@example.com");
				this.browser.screenshot(SCREENSHOTS.resolve(prefix + "invite.png"));
				if (desktop) {
					shoot(prefix + "subscriptions", "/business/" + this.acme + "/subscriptions");
					shoot(prefix + "activity", "/business/" + this.acme + "/activity");
				}
				shoot(prefix + "computers", keyPath() + "/computers");
				shoot(prefix + "scim", "/business/" + this.acme + "/scim");
				shoot(prefix + "sso", "/business/" + this.acme + "/sso");
			}
		}
		this.browser.go("/dashboard?lang=en");
		assertThat(Files.list(SCREENSHOTS).filter((p) -> p.toString().endsWith(".png")).count()).isGreaterThanOrEqualTo(20);
	}

	@Test
	@Order(5)
	void theScreensOfAnUnverifiedPersonFitWithNoAxeViolation() {
		this.browser.driver().manage().deleteAllCookies();
		this.browser.resize(1280, 900);
		this.browser.go("/signin?lang=en");
		this.browser.signIn(this.uma.email(), Api.PASSWORD);
		List<String> problems = new ArrayList<>();
		try {
			for (int[] viewport : VIEWPORTS) {
				this.browser.resize(viewport[0], viewport[1]);
				check(problems, "/dashboard", "#verify-to-join");
				check(problems, "/profile", "#email-unverified");
				check(problems, "/profile", "#email-change-form");
				check(problems, "/join/" + this.umaJoinToken, "#join-verify-first");
			}
		}
		finally {
			this.browser.driver().manage().deleteAllCookies();
		}
		assertThat(problems).isEmpty();
	}

	private List<String[]> signedInScreens() {
		String business = "/business/" + this.acme;
		return List.of(new String[] { "/dashboard", "h1" }, new String[] { business + "/dashboard", "h1" },
				new String[] { business + "/profile", "h1" }, new String[] { business + "/profile/edit", "dialog" },
				new String[] { business + "/users", "h1" }, new String[] { business + "/users?q=nobody-at-all", "h1" },
				new String[] { business + "/users?q=o&role=REGULAR_MEMBER&status=ACTIVE", ".chip" },
				new String[] { business + "/users/invite", "#invite-dialog" },
				new String[] { business + "/users/" + this.bob, "h1, h2" },
				new String[] { business + "/subscriptions", "h1" },
				new String[] { business + "/subscriptions/" + this.subscription + "/keys/new", "h1" },
				new String[] { keyPath(), "h1" }, new String[] { keyPath() + "?tab=administrators", "h1" },
				new String[] { keyPath() + "/computers", "h1" },
				new String[] { computerPath(), "h1" }, new String[] { business + "/activity", "h1" },
				new String[] { business + "/domains", ".record-value" },
				new String[] { business + "/scim", "h1" },
				new String[] { business + "/sso", "#sso-redirect-uri" },
				new String[] { "/profile", "h1" }, new String[] { "/security", "h1" },
				new String[] { "/security/two-step/setup", "#two-step-qr" }, new String[] { "/account/leaving", "h1" },
				new String[] { "/business/new", "h1" }, new String[] { "/no-such-page", "h1" },
				new String[] { "/business/" + this.other + "/dashboard", "h1" },
				new String[] { "/business/" + this.strict + "/dashboard", "#two-step-required" },
				new String[] { "/business/" + UUID.randomUUID() + "/dashboard", "h1" });
	}

	private void requireTwoStepOfAna() {
		Person sam = this.api.signUp("sam", "Sam");
		this.strict = this.api.createBusiness(sam, "Strict GmbH");
		this.api.invite(sam, this.strict, this.ana.email()).succeeded();
		String token = Api.joinToken(this.api.awaitMail(this.ana.email(), 1));
		this.api.post("/api/v1/invitations/" + token + "/accept", java.util.Map.of("password", Api.PASSWORD), null)
			.succeeded();
		this.twoStep.enable(sam.id());
		this.api.patch("/api/v1/business-accounts/" + this.strict, java.util.Map.of("requireTwoStep", true), sam.token())
			.succeeded();
	}

	private void signIn() {
		this.browser.resize(1280, 900);
		this.browser.go("/dashboard?lang=en");
		if (this.browser.url().contains("/signin")) {
			this.browser.signIn(this.ana.email(), Api.PASSWORD);
		}
	}

	/** The first license key's page, found on the Subscriptions page. */
	private String keyPath() {
		if (this.keyPath == null) {
			this.browser.go("/business/" + this.acme + "/subscriptions");
			String href = this.browser.find("a.key-open").getAttribute("href");
			this.keyPath = href.substring(this.api.baseUrl().length());
		}
		return this.keyPath;
	}

	private String computerPath() {
		if (this.computerPath == null) {
			this.browser.go(keyPath() + "/computers");
			String href = this.browser.find("td.computer-name a").getAttribute("href");
			this.computerPath = href.substring(this.api.baseUrl().length());
		}
		return this.computerPath;
	}

	private void check(List<String> problems, String path, String ready) {
		this.browser.go(path);
		this.browser.find(ready);
		verify(problems, path);
	}

	/** Creates a SCIM token on the User Provisioning (SCIM) page and checks the page that shows it once. */
	private void showANewScimToken(List<String> problems, int width) {
		String path = "/business/" + this.acme + "/scim";
		this.browser.go(path);
		this.browser.type("#scim-token-name", "Okta " + width);
		this.browser.click("#scim-token-create");
		this.browser.find("#created-scim-token-value");
		verify(problems, path + " showing a new SCIM token");
	}

	/** Opens a dialog (on the page at {@code path}, or on the current page when it is null) and checks it. */
	private void openDialog(List<String> problems, String path, String opener, String dialog) {
		if (path != null) {
			this.browser.go(path);
		}
		else {
			path = this.browser.url().substring(this.api.baseUrl().length());
		}
		this.browser.click(opener);
		try {
			this.browser.find(dialog);
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			String at = this.browser.driver().manage().window().getSize().getWidth() > 1000 ? "desktop" : "phone";
			problems.add(at + " " + path + ": " + opener + " did not open " + dialog + "; see failure-" + at + ".png");
			try {
				this.browser.screenshot(SCREENSHOTS.resolve("failure-" + at + ".png"));
			}
			catch (IOException io) {
				// The problem is reported all the same.
			}
			return;
		}
		verify(problems, path + " with " + opener + " opened");
	}

	/** Submits a page's form as it is and checks the page with the errors next to the fields. */
	private void submitEmpty(List<String> problems, String path, String submit, String error) {
		this.browser.go(path);
		this.browser.click(submit);
		this.browser.find(error);
		verify(problems, path + " with field errors");
	}

	/** The account switcher and the user menu, opened; on a phone inside the folded Menu. */
	private void openMenus(List<String> problems) {
		String path = "/business/" + this.acme + "/dashboard";
		this.browser.go(path);
		WebElement menu = this.browser.driver().findElement(By.cssSelector("#site-menu > summary"));
		if (menu.isDisplayed()) {
			menu.click();
			verify(problems, path + " with the Menu open");
		}
		this.browser.click("#account-switcher > summary");
		verify(problems, path + " with the account switcher open");
		this.browser.click("#account-switcher > summary");
		this.browser.click("#user-menu > summary");
		verify(problems, path + " with the user menu open");
	}

	private void verify(List<String> problems, String what) {
		String at = this.browser.driver().manage().window().getSize().getWidth() > 1000 ? "desktop" : "phone";
		try {
			this.browser.assertNoHorizontalOverflow();
		}
		catch (AssertionError ex) {
			problems.add(at + " " + what + ": " + ex.getMessage());
		}
		try {
			this.browser.assertAccessible();
		}
		catch (AssertionError ex) {
			problems.add(at + " " + what + ": " + ex.getMessage());
		}
	}

	private void shoot(String name, String path) throws IOException {
		this.browser.go(path);
		this.browser.find("h1");
		this.browser.screenshot(SCREENSHOTS.resolve(name + ".png"));
	}

}
