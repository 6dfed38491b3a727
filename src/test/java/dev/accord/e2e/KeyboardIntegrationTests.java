package dev.accord.e2e;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyboard only, in real Chromium: the dialogs are modal (focus moves in, Tab wraps, Escape and the
 * × close them, focus returns to what opened them), changes are announced in the live region, and
 * axe finds nothing with each dialog open. One browser for the class.
 */
@AccordIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "accord.operators=operator@keyboard.example")
class KeyboardIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	Clock clock;

	Browser browser;

	Person ana;

	UUID acme;

	Person bob;

	String users;

	@BeforeAll
	void anAdministratorSignedIn() throws Exception {
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME Corporation");
		this.bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");
		this.api.inviteAndJoin(this.ana, this.acme, "carl");
		this.users = "/business/" + this.acme + "/users";
		this.browser = Browser.open(this.api.baseUrl());
		this.browser.signIn(this.ana.email(), Api.PASSWORD);
	}

	@AfterAll
	void closeTheBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@BeforeEach
	void onTheUsersPage() {
		this.browser.go(this.users);
		this.browser.awaitText("h1", "Business Account Users");
	}

	@Test
	void inviteTwoAddressesSendCloseWithEscapeAndFocusIsBackOnInviteUsers() throws Exception {
		String dora = Api.uniqueEmail("dora");
		String emil = Api.uniqueEmail("emil");
		tabTo("invite-users");
		press(Keys.ENTER);
		awaitModal("invite-dialog");
		awaitFocus("invite-email");
		this.browser.assertAccessible();

		for (String address : new String[] { dora, emil }) {
			new Actions(this.browser.driver()).sendKeys(address).perform();
			press(Keys.TAB);
			assertThat(focused()).isEqualTo("invite-add");
			press(Keys.ENTER);
			awaitJs("return document.querySelector('#invite-list') != null"
					+ " && document.querySelector('#invite-list').textContent.includes('" + address + "')");
			awaitModal("invite-dialog");
			awaitFocus("invite-email");
		}
		awaitLive("Addresses in the list: 2");
		tabTo("invite-send");
		press(Keys.ENTER);
		awaitModal("invite-results");
		awaitFocus("invite-results-title");
		assertThat(jsText("return document.getElementById('invite-results').textContent")).contains(dora, emil);
		awaitLive("2 invitations sent; every address was invited.");
		this.browser.screenshot(java.nio.file.Path.of("target/screenshots/invite-results.png"));
		this.browser.assertAccessible();

		press(Keys.ESCAPE);
		awaitJs("return document.querySelector('dialog') == null");
		awaitFocus("invite-users");
		// Closing the results refreshed Pending invitations behind them.
		awaitJs("var p = document.getElementById('pending-list'); return p != null && p.textContent.includes('"
				+ dora + "') && p.textContent.includes('" + emil + "')");
		awaitFocus("invite-users");
	}

	@Test
	void changeARoleInTheMembershipDialogSaveCloseAndFocusIsBackOnTheMember() {
		tabToText("bob Member");
		press(Keys.ENTER);
		awaitModal("member-dialog");
		awaitFocus("role");
		this.browser.assertAccessible();

		press(Keys.ARROW_DOWN);
		assertThat(js("return document.getElementById('role').value")).isEqualTo("ACCOUNT_ADMINISTRATOR");
		tabTo("member-save");
		press(Keys.ENTER);
		awaitFocus("member-done");
		assertThat(jsText("return document.getElementById('member-done').textContent"))
			.isEqualTo("Saved the membership of bob Member.");
		awaitLive("Saved the membership of bob Member.");
		awaitModal("member-dialog");
		this.browser.assertAccessible();

		press(Keys.ESCAPE);
		awaitJs("return document.querySelector('dialog') == null");
		// The list behind was refreshed (the opener with it) and focus found the member again.
		awaitJs("var row = [...document.querySelectorAll('.member-row')].find(r => r.textContent.includes('"
				+ this.bob.email() + "')); return row != null && row.textContent.includes('Account Administrator')");
		awaitJs("return document.activeElement.textContent === 'bob Member'");
	}

	@Test
	void tabAndShiftTabWrapInsideTheDialogAndTheCrossClosesIt() {
		tabTo("invite-users");
		press(Keys.ENTER);
		awaitModal("invite-dialog");
		awaitFocus("invite-email");
		tabTo("invite-send");
		press(Keys.TAB);
		assertThat(js("return document.activeElement.hasAttribute('data-dialog-close')"
				+ " && document.activeElement.closest('header') != null")).isEqualTo(true);
		assertThat(js("return document.activeElement.getAttribute('aria-label')")).isEqualTo("Close");
		press(Keys.SHIFT, Keys.TAB);
		assertThat(focused()).isEqualTo("invite-send");
		press(Keys.TAB);
		// Only the dialog is reachable: a dozen more Tabs never leave it.
		for (int i = 0; i < 12; i++) {
			press(Keys.TAB);
			assertThat(js("return document.getElementById('invite-dialog').contains(document.activeElement)"))
				.isEqualTo(true);
		}
		tabToCross();
		press(Keys.ENTER);
		awaitJs("return document.querySelector('dialog') == null");
		awaitFocus("invite-users");
		assertThat(this.browser.url()).endsWith(this.users);
	}

	@Test
	void theSingleSignOnSettingsAreFilledSavedAndTestedByKeyboard() {
		this.browser.go("/business/" + this.acme + "/sso");
		this.browser.awaitText("h1", "Single Sign-On");
		tabTo("issuer");
		press("not a url");
		tabTo("clientId");
		press("accord");
		tabTo("clientSecret");
		press("keyboard-secret");
		tabTo("joinOnFirstSignIn");
		press(Keys.SPACE);
		tabTo("sso-save");
		press(Keys.ENTER);
		this.browser.awaitText("#issuer-error", "Enter the issuer as an http or https URL");
		assertThat(jsText("return document.getElementById('issuer').getAttribute('aria-describedby')"))
			.isEqualTo("issuer-hint issuer-error");
		assertThat(jsText("return document.getElementById('clientSecret').value")).isEmpty();
		this.browser.find("#issuer").clear();
		tabTo("issuer");
		press("https://127.0.0.1:1/realms/keyboard");
		tabTo("clientSecret");
		press("keyboard-secret");
		press(Keys.ENTER);
		this.browser.awaitText("#sso-saved", "The single sign-on settings are saved.");
		assertThat(this.browser.driver().getPageSource()).doesNotContain("keyboard-secret");
		tabTo("sso-test-button");
		press(Keys.ENTER);
		this.browser.awaitText("#sso-test-result", "The discovery document could not be fetched");
		this.browser.assertAccessible();
	}

	@Test
	void theConfirmationsAreDialogsThatSayWhatHappensAndEscapeLeavesThingsAsTheyWere() throws Exception {
		// Block, from the membership dialog.
		tabToText("carl Member");
		press(Keys.ENTER);
		awaitModal("member-dialog");
		tabTo("member-block");
		press(Keys.ENTER);
		awaitModal("confirm-dialog");
		awaitFocus("confirm-cancel");
		assertThat(jsText("return document.getElementById('confirm-dialog').textContent"))
			.contains("Block this member?", "They are told by email");
		assertThat(js("return document.getElementById('confirm-submit').className")).isEqualTo("destructive");
		this.browser.screenshot(java.nio.file.Path.of("target/screenshots/confirm-block.png"));
		this.browser.assertAccessible();
		press(Keys.ESCAPE);
		awaitJs("return document.querySelector('dialog') == null");
		awaitJs("return document.activeElement.textContent === 'carl Member'");

		// Revoke, from Pending invitations.
		String fred = Api.uniqueEmail("fred");
		this.api.invite(this.ana, this.acme, fred).succeeded();
		this.browser.go(this.users);
		tabToLabel("Revoke the invitation for " + fred);
		press(Keys.ENTER);
		awaitModal("confirm-dialog");
		assertThat(jsText("return document.getElementById('confirm-what').textContent")).contains(fred);
		this.browser.assertAccessible();
		press(Keys.ESCAPE);
		awaitJs("return document.querySelector('dialog') == null");
		awaitJs("return document.activeElement.getAttribute('aria-label') === 'Revoke the invitation for " + fred
				+ "'");

		// Deactivate, on the Computers page: confirmed by keyboard it acts.
		String key = provisionWithAComputer();
		this.browser.go("/business/" + this.acme + "/license-keys/" + key + "/computers");
		this.browser.awaitText("#computer-list", "PC pc-1");
		tabToLabel("PC pc-1");
		press(Keys.SPACE);
		tabTo("action-deactivate");
		press(Keys.ENTER);
		awaitModal("confirm-dialog");
		assertThat(jsText("return document.getElementById('confirm-what').textContent")).contains("1 computer of");
		this.browser.assertAccessible();
		press(Keys.TAB);
		assertThat(focused()).isEqualTo("confirm-submit");
		press(Keys.ENTER);
		this.browser.awaitText("#computers-notice", "deactivated");

		// The Edit Company Information dialog, and Leave, on Business Profile.
		this.browser.go("/business/" + this.acme + "/profile");
		tabTo("edit-company");
		press(Keys.ENTER);
		awaitModal("edit-company-dialog");
		this.browser.assertAccessible();
		press(Keys.ESCAPE);
		awaitJs("return document.querySelector('dialog') == null");
		awaitFocus("edit-company");
		tabTo("leave");
		press(Keys.ENTER);
		awaitModal("confirm-dialog");
		assertThat(jsText("return document.getElementById('confirm-what').textContent"))
			.contains("You lose access to ACME Corporation at once.");
		this.browser.assertAccessible();
		press(Keys.ESCAPE);
		awaitJs("return document.querySelector('dialog') == null");
		awaitFocus("leave");
	}

	@Test
	void revokeASCIMTokenByKeyboardEscapeFirstThenConfirm() {
		this.api.post("/api/v1/business-accounts/" + this.acme + "/scim-tokens", Map.of("name", "Okta"), this.ana.token())
			.succeeded();
		this.browser.go("/business/" + this.acme + "/scim");
		this.browser.awaitText("h1", "User Provisioning (SCIM)");
		tabToText("Revoke Okta");
		press(Keys.ENTER);
		awaitModal("confirm-dialog");
		awaitFocus("confirm-cancel");
		assertThat(jsText("return document.getElementById('confirm-what').textContent")).contains("the token “Okta”");
		this.browser.assertAccessible();
		press(Keys.ESCAPE);
		awaitJs("return document.querySelector('dialog') == null");
		awaitJs("return document.activeElement.textContent.trim() === 'Revoke Okta'");
		press(Keys.ENTER);
		awaitModal("confirm-dialog");
		awaitFocus("confirm-cancel");
		press(Keys.TAB);
		assertThat(focused()).isEqualTo("confirm-submit");
		press(Keys.ENTER);
		this.browser.awaitText("#scim-token-revoked", "SCIM token “Okta” is revoked");
		assertThat(this.browser.driver().findElements(org.openqa.selenium.By.cssSelector("button.scim-token-revoke"))).isEmpty();
	}

	private String provisionWithAComputer() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		String primary = (String) this.api.post("/api/v1/operator/subscriptions",
				Map.of("product", "Accord Desktop", "seats", 5, "activationDate", today.toString(), "expirationDate",
						today.plusDays(365).toString(), "businessAccountId", this.acme.toString()),
				this.api.operatorToken("operator@keyboard.example")).succeeded().map().get("primaryKey");
		this.api.post("/api/v1/activations", Map.of("licenseKey", primary, "deviceId", "pc-1", "computerName", "PC pc-1"),
				null).succeeded();
		return this.api.get("/api/v1/business-accounts/" + this.acme + "/license-keys", this.ana.token()).items()
			.stream().filter((k) -> primary.equals(k.get("key"))).findFirst().orElseThrow().get("id").toString();
	}

	private void press(CharSequence... keys) {
		Actions actions = new Actions(this.browser.driver());
		if (keys.length == 2 && keys[0] == Keys.SHIFT) {
			actions.keyDown(Keys.SHIFT).sendKeys(keys[1]).keyUp(Keys.SHIFT).perform();
			return;
		}
		actions.sendKeys(keys).perform();
	}

	private void tabTo(String id) {
		tabUntil("document.activeElement.id === '" + id + "'", id);
	}

	private void tabToText(String text) {
		tabUntil("document.activeElement.textContent.trim() === '" + text + "'", text);
	}

	private void tabToLabel(String label) {
		tabUntil("document.activeElement.getAttribute('aria-label') === '" + label + "'", label);
	}

	private void tabToCross() {
		tabUntil("document.activeElement.hasAttribute('data-dialog-close') && document.activeElement.closest('header') != null",
				"the dialog's ×");
	}

	private void tabUntil(String condition, String what) {
		for (int i = 0; i < 80; i++) {
			if (Boolean.TRUE.equals(js("return " + condition))) {
				return;
			}
			press(Keys.TAB);
		}
		throw new AssertionError("Tab never reached " + what + "; focus is on " + js(
				"return document.activeElement.outerHTML.substring(0, 200)"));
	}

	private String focused() {
		return (String) js("return document.activeElement.id");
	}

	private void awaitFocus(String id) {
		awaitJs("return document.activeElement != null && document.activeElement.id === '" + id + "'");
	}

	private void awaitModal(String id) {
		awaitJs("var d = document.getElementById('" + id + "'); return d != null && d.matches(':modal')");
	}

	private void awaitLive(String text) {
		awaitJs("var l = document.getElementById('live'); return l != null && l.textContent.includes('" + text + "')");
	}

	private void awaitJs(String script) {
		try {
			new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10))
				.until((d) -> Boolean.TRUE.equals(this.browser.js().executeScript(script)));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError("not true after 10 s: " + script + "; focus is on "
					+ js("return document.activeElement.outerHTML.substring(0, 200)"), ex);
		}
	}

	private String jsText(String script) {
		return String.valueOf(js(script));
	}

	private Object js(String script) {
		return this.browser.js().executeScript(script);
	}

}
