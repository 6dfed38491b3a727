package dev.accord.invitation;

import java.util.Map;
import java.util.UUID;

import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.BrandedPortal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.accord.invitation.Invites.invite;
import static org.assertj.core.api.Assertions.assertThat;

/** The invitation email carries the vendor's logo (as an absolute URL) and colour in its HTML part. */
@BrandedPortal
class BrandedInvitationMailIntegrationTests {

	@Autowired
	Api api;

	@Test
	void theInvitationsHtmlPartShowsTheLogoAndTheBrandColour() {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		String bob = Api.uniqueEmail("bob");
		invite(bob).sentBy(this.api, ana, acme).succeeded();

		Map<String, Object> mail = this.api.awaitMail(bob, 1);
		Document html = Jsoup.parse((String) mail.get("html"));

		assertThat(html.select("img").attr("src")).isEqualTo(BrandedPortal.MAIL_LOGO);
		assertThat(html.select("img").attr("alt")).isEqualTo("ACME Tools");
		assertThat(html.select("a[href*=/join/]").attr("style")).contains("background: #c0392b; color: #fff;");
		assertThat((String) mail.get("text")).doesNotContain("acme-logo");
	}

}
