package dev.accord.mail;

import dev.accord.support.AccordIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The development mailbox answers only requests that come straight from this machine. */
@AccordIntegrationTest
class DevMailboxIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aDirectLoopbackRequestSeesTheMailbox() throws Exception {
		this.mvc.perform(get("/dev/mailbox")).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/dev/mailbox")).andExpect(status().isOk());
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
