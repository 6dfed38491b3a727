package dev.accord.e2e;

import java.util.UUID;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Browser;
import dev.accord.support.Mails;
import dev.accord.support.SmtpServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference walkthrough "Inviting Users to Join a Business Account", step by step with its
 * words, in real Chromium, with the invitation delivered over SMTP (GreenMail).
 */
@AccordIntegrationTest
class InvitingUsersWalkthroughIntegrationTests {

	static final SmtpServer smtp = new SmtpServer();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		smtp.register(registry);
	}

	@BeforeAll
	static void startSmtp() {
		smtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Autowired
	Api api;

	@Test
	void anAdministratorInvitesTwoColleaguesAndOneJoinsThroughTheEmailedLink() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME Corporation");
		String bob = Api.uniqueEmail("bob");
		String carol = Api.uniqueEmail("carol");

		try (Browser admin = Browser.open(this.api.baseUrl())) {
			// Signing in lands in the business account Ana belongs to: no step before the walkthrough's first.
			admin.signIn(ana.email(), Api.PASSWORD);
			admin.awaitText("#context-label", "ACME Corporation");

			// 1. On the Dashboard page, click Business Profile in the upper right and then click Users.
			assertThat(admin.title()).startsWith("Dashboard");
			admin.clickText("Business Profile");
			admin.clickText("Users");
			// 2. The Business Account Users list is displayed.
			admin.awaitText("h1", "Business Account Users");
			assertThat(admin.text("#member-list")).contains(ana.email(), "Account Administrator");
			// 3. Click Invite Users.
			admin.clickText("Invite Users");
			admin.find("#invite-dialog");
			// 4. Select a language, type an address, click Add; repeat; click Send Invitations.
			admin.select("#language", "English");
			admin.type("#invite-email", bob);
			admin.clickText("Add");
			admin.awaitText("#invite-list", bob);
			admin.type("#invite-email", carol);
			admin.clickText("Add");
			admin.awaitText("#invite-list", carol);
			admin.clickText("Send Invitations");
			admin.awaitText("#invite-results", "Invited");
			assertThat(admin.text("#invite-results")).contains(bob, carol);
			admin.click("#invite-done");
			assertThat(admin.text("#pending-list")).contains(bob, carol);
		}

		MimeMessage invitation = awaitMailTo(bob);
		assertThat(invitation.getSubject()).isEqualTo("ana Tester invited you to join ACME Corporation");
		String text = Mails.text(invitation);
		assertThat(text).contains("ana Tester invited you to join the business account of ACME Corporation");
		String path = Mails.link(text, "http://localhost:8080/join/").substring("http://localhost:8080".length());

		try (Browser invitee = Browser.open(this.api.baseUrl())) {
			invitee.go(path);
			assertThat(invitee.text("h1")).isEqualTo("Join ACME Corporation");
			assertThat(invitee.find("#join-email").getAttribute("value")).isEqualTo(bob);
			invitee.type("#firstName", "Bob");
			invitee.type("#lastName", "Lee");
			invitee.type("#password", Api.PASSWORD);
			invitee.type("#confirmPassword", Api.PASSWORD);
			invitee.clickText("Join account");

			invitee.awaitUrlContains("/business/" + acme + "/dashboard");
			assertThat(invitee.text("#context-label")).isEqualTo("ACME Corporation");
			assertThat(invitee.text("#role")).isEqualTo("Regular Member");
		}
	}

	private static MimeMessage awaitMailTo(String to) throws Exception {
		long deadline = System.currentTimeMillis() + 15_000;
		while (System.currentTimeMillis() < deadline) {
			for (MimeMessage message : smtp.received()) {
				if (message.getAllRecipients()[0].toString().equals(to)) {
					return message;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no invitation reached " + to + " over SMTP");
	}

}
