package dev.accord.mail;

import java.util.Map;
import java.util.UUID;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The development mailbox answers only requests that come straight from this machine. */
@AccordIntegrationTest
class DevMailboxIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Test
	void aDirectLoopbackRequestSeesTheMailbox() throws Exception {
		this.mvc.perform(get("/dev/mailbox")).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/dev/mailbox")).andExpect(status().isOk());
	}

	@Test
	void aMailsHtmlPartIsFramedFromItsOwnAddressUnderAStrictPolicyOnlyThePortalMayFrame() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		String carol = Api.uniqueEmail("carol");
		this.api.invite(ana, acme, carol).succeeded();
		Map<String, Object> mail = this.api.awaitMail(carol, 1);
		String id = (String) mail.get("id");

		String page = this.mvc.perform(get("/dev/mailbox").param("to", carol))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("frame-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<iframe sandbox=\"\"").contains("src=\"/dev/mailbox/" + id + "/html\"")
			.doesNotContain("srcdoc");

		var html = this.mvc.perform(get("/dev/mailbox/{id}/html", id))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
			.andReturn().getResponse();
		assertThat(html.getContentAsString()).isEqualTo(mail.get("html")).contains("style=");
		assertThat(html.getHeaders("Content-Security-Policy")).singleElement()
			.asString()
			.contains("default-src 'none'", "style-src 'unsafe-inline'", "frame-ancestors 'self'", "sandbox",
					"form-action 'none'")
			.doesNotContain("script-src", "frame-ancestors 'none'");
	}

	@Test
	void aMailsHtmlPartIsRefusedToOthersAndForUnknownMessages() throws Exception {
		this.mvc.perform(get("/dev/mailbox/{id}/html", UUID.randomUUID())).andExpect(status().isNotFound());
		for (String odd : new String[] { "nope", "1", "%00", "x".repeat(2000), "..%2Fmailbox" }) {
			int status = this.mvc.perform(get("/dev/mailbox/" + odd + "/html")).andReturn().getResponse().getStatus();
			assertThat(status).as(odd).isBetween(400, 499);
		}
		Person ana = this.api.signUp("ana");
		String dan = Api.uniqueEmail("dan");
		this.api.invite(ana, this.api.createBusiness(ana, "ACME"), dan).succeeded();
		String id = (String) this.api.awaitMail(dan, 1).get("id");
		this.mvc.perform(get("/dev/mailbox/{id}/html", id).header("X-Forwarded-For", "203.0.113.7"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/dev/mailbox/{id}/html", id).with((request) -> {
			request.setRemoteAddr("10.0.0.9");
			return request;
		})).andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@ValueSource(strings = { "Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto",
			"X-Forwarded-Port", "X-Forwarded-Prefix", "x-forwarded-server", "X-FORWARDED-SSL", "X-Real-IP",
			"X-Client-IP", "True-Client-IP", "CF-Connecting-IP", "X-Cluster-Client-IP", "Fastly-Client-IP",
			"X-Original-Forwarded-For", "x-real-ip", "Via" })
	void aLoopbackRequestWithAForwardingHeaderIsRefusedOnThePageAndInJson(String header) throws Exception {
		this.mvc.perform(get("/dev/mailbox").header(header, "203.0.113.7")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/dev/mailbox").header(header, "203.0.113.7")).andExpect(status().isNotFound());
	}

	@Test
	void aRequestFromAnotherAddressIsRefused() throws Exception {
		this.mvc.perform(get("/api/v1/dev/mailbox").with((request) -> {
			request.setRemoteAddr("10.0.0.9");
			return request;
		})).andExpect(status().isNotFound());
	}

}
