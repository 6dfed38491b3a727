package dev.accord.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A passkey in real Chromium, through its virtual authenticator (a platform authenticator that
 * keeps discoverable credentials and verifies its user): added in Security Settings, then used to
 * sign in with no email or password typed, and as the second step of a password sign-in. The relying party must know the exact origin, so this
 * test runs the portal on a port chosen before it starts.
 */
@AccordIntegrationTest
class PasskeyIntegrationTests {

	private static final int PORT = freePort();

	@DynamicPropertySource
	static void fixedOrigin(DynamicPropertyRegistry properties) {
		properties.add("server.port", () -> PORT);
		properties.add("accord.security.passkeys.origins", () -> "http://localhost:" + PORT);
	}

	@Autowired
	Api api;

	@Test
	void aPersonAddsAPasskeyAndSignsInWithItAloneOrAsTheSecondStep() throws Exception {
		Person ana = this.api.signUp("ana");
		try (Browser browser = Browser.openOwn(this.api.baseUrl())) {
			VirtualAuthenticator authenticator = ((HasVirtualAuthenticator) browser.driver())
				.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
					.setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
					.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
					.setHasResidentKey(true)
					.setHasUserVerification(true)
					.setIsUserVerified(true)
					.setIsUserConsenting(true));
			browser.signIn(ana.email(), Api.PASSWORD);

			browser.go("/security");
			browser.click("#passkey-add");
			browser.awaitText("#passkey-name-error", "Fill in this field.");
			browser.type("#passkey-name", "Work laptop");
			browser.click("#passkey-add");
			browser.awaitUrlContains("passkeyAdded");
			assertThat(browser.text("#passkey-added")).isEqualTo("The passkey is added. You can now sign in with it.");
			assertThat(browser.text("#passkey-list .passkey-name")).isEqualTo("Work laptop");
			assertThat(authenticator.getCredentials()).hasSize(1);
			assertThat(authenticator.getCredentials().get(0).isResidentCredential()).isTrue();
			List<Map<String, Object>> passkeys = this.api.get("/api/v1/me/passkeys", ana.token()).items();
			assertThat(passkeys).extracting((p) -> p.get("name")).containsExactly("Work laptop");
			assertThat(this.api.awaitMail(ana.email(), 1).get("subject"))
				.isEqualTo("A passkey was added to your Accord My Account");

			browser.click("#user-menu summary");
			browser.click("#logout");
			browser.awaitUrlContains("/signin?signedOut");

			browser.click("#passkey-signin-button");
			browser.awaitUrlContains("/dashboard");
			assertThat(browser.title()).isEqualTo("Dashboard · Accord My Account");
			browser.go("/security");
			assertThat(browser.text("#passkey-list .passkey-name")).isEqualTo("Work laptop");
			browser.resize(390, 844);
			browser.assertNoHorizontalOverflow();
			browser.assertAccessible();
			browser.resize(1280, 1000);

			// A passkey is two-step verification: a password sign-in now asks for it, and it finishes there.
			browser.click("#user-menu summary");
			browser.click("#logout");
			browser.awaitUrlContains("/signin?signedOut");
			browser.type("#email", ana.email());
			browser.type("#password", Api.PASSWORD);
			browser.click("#signin-submit");
			browser.awaitUrlContains("/signin/two-step");
			browser.click("#passkey-second-step-button");
			browser.awaitUrlContains("/dashboard");
			assertThat(browser.title()).isEqualTo("Dashboard · Accord My Account");
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
