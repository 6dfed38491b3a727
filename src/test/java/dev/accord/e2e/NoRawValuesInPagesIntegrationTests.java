package dev.accord.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.accord.account.Principals;
import dev.accord.licensing.DeviceService;
import dev.accord.licensing.ProvisioningService;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.MutableClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * No page shows a raw ISO-8601 instant or date (outside a {@code datetime} attribute) or the word
 * {@code null}: every screen is rendered with a business that has members, a pending invitation,
 * license keys, computers, a token and Activity.
 */
@AccordIntegrationTest
class NoRawValuesInPagesIntegrationTests {

	private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

	private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

	private static final Pattern NULL = Pattern.compile("\\bnull\\b", Pattern.CASE_INSENSITIVE);

	/** Attributes a person reads or hears. */
	private static final List<String> VISIBLE_ATTRIBUTES = List.of("title", "placeholder", "aria-label", "alt",
			"aria-description", "data-confirm");

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Autowired
	ProvisioningService provisioning;

	@Autowired
	DeviceService devices;

	@Autowired
	MutableClock clock;

	@Test
	void noPageShowsARawInstantOrNull() throws Exception {
		Person ana = this.api.signUp("ana");
		UUID acme = this.api.createBusiness(ana, "ACME");
		Person bob = this.api.inviteAndJoin(ana, acme, "bob");
		String pendingEmail = Api.uniqueEmail("carol");
		this.api.invite(ana, acme, pendingEmail).succeeded();
		String joinToken = Api.joinToken(this.api.awaitMail(pendingEmail, 1));
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		UUID subscription = this.provisioning.provisionAsSystem(acme, "Accord Desktop", 5, today, today.plusDays(365))
			.subscriptionId();
		Map<String, Object> key = this.api.post("/api/v1/business-accounts/" + acme + "/subscriptions/" + subscription
				+ "/license-keys", Map.of("name", "Berlin", "limit", 2, "type", "RESERVED"), ana.token()).succeeded().map();
		String keyId = (String) key.get("id");
		this.devices.activate((String) key.get("key"), new DeviceService.Device("pc-1", "Reception PC", null, null, null));
		this.devices.activate((String) key.get("key"), new DeviceService.Device("pc-2", "Back office", "SN2", null, null));
		this.api.post("/api/v1/tokens", Map.of("email", ana.email(), "password", Api.PASSWORD, "name", "laptop"), null)
			.succeeded();
		this.api.post("/api/v1/business-accounts/" + acme + "/scim-tokens", Map.of("name", "Okta"), ana.token())
			.succeeded();
		// Single sign-on settings tested once (an issuer that refuses at once): the page shows when.
		this.api.send("PUT", "/api/v1/business-accounts/" + acme + "/sso",
				Map.of("issuer", "https://127.0.0.1:1/realms/acme", "clientId", "accord", "clientSecret", "s"),
				ana.token()).succeeded();
		this.api.post("/api/v1/business-accounts/" + acme + "/sso/test", null, ana.token()).succeeded();
		this.clock.advance(Duration.ofHours(3));

		String computers = body("/business/" + acme + "/license-keys/" + keyId + "/computers", ana);
		String edit = computers.replaceAll("(?s).*href=\"(/business/[^\"]+/computers/[^\"]+/edit)\".*", "$1");
		List<String> problems = new ArrayList<>();
		for (String path : List.of("/signin", "/signup", "/signup/business", "/forgot-password",
				"/reset-password?token=nope", "/join/" + joinToken, "/dev/mailbox")) {
			check(path, body(path, null), problems);
		}
		for (String path : List.of("/dashboard", "/profile", "/security", "/business/new", "/business/" + acme + "/dashboard",
				"/business/" + acme + "/profile", "/business/" + acme + "/profile/edit", "/business/" + acme + "/users",
				"/business/" + acme + "/users?tab=pending", "/business/" + acme + "/users/invite",
				"/business/" + acme + "/users/" + bob.id(), "/business/" + acme + "/users/" + bob.id() + "/remove",
				"/business/" + acme + "/activity", "/business/" + acme + "/scim", "/business/" + acme + "/subscriptions",
				"/business/" + acme + "/subscriptions/" + subscription + "/keys/new",
				"/business/" + acme + "/license-keys/" + keyId,
				"/business/" + acme + "/license-keys/" + keyId + "?tab=administrators",
				"/business/" + acme + "/license-keys/" + keyId + "/computers", "/business/" + acme + "/license-keys/" + keyId + "/name",
				"/business/" + acme + "/sso", edit, "/join/" + joinToken)) {
			check(path, body(path, ana), problems);
		}
		for (String path : List.of("/dashboard", "/business/" + acme + "/dashboard", "/business/" + acme + "/profile")) {
			check(path + " (member)", body(path, bob), problems);
		}

		assertThat(problems).isEmpty();
		assertThat(body("/business/" + acme + "/activity", ana)).contains("<time datetime=\"", "3 hours ago");
	}

	private String body(String path, Person person) throws Exception {
		MockHttpServletRequestBuilder request = get(path);
		if (person != null) {
			RequestPostProcessor signedIn = user(Principals.of(person));
			request.with(signedIn);
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isLessThan(400);
		return response.getContentAsString();
	}

	private static void check(String path, String html, List<String> problems) {
		Document page = Jsoup.parse(html);
		page.select("script, style").remove();
		String text = page.body().text();
		for (Pattern pattern : List.of(ISO_INSTANT, ISO_DATE, NULL)) {
			var matcher = pattern.matcher(text);
			if (matcher.find()) {
				String around = text.substring(Math.max(0, matcher.start() - 40), Math.min(text.length(), matcher.end() + 40));
				problems.add(path + ": text shows \"" + matcher.group() + "\" in …" + around + "…");
			}
		}
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				boolean visible = VISIBLE_ATTRIBUTES.contains(attribute.getKey())
						|| ("value".equals(attribute.getKey()) && !"hidden".equals(element.attr("type"))
								&& !"date".equals(element.attr("type")) && !element.is("option"));
				if (visible && (ISO_INSTANT.matcher(attribute.getValue()).find()
						|| NULL.matcher(attribute.getValue()).find())) {
					problems.add(path + ": " + attribute.getKey() + "=\"" + attribute.getValue() + "\" on <" + element.tagName() + ">");
				}
			}
		}
	}

}
