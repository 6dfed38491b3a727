package dev.accord.domain;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Verified Domains page, with "Check now" answered by a DNS server this test runs. */
@AccordIntegrationTest
class DomainPagesIntegrationTests {

	private static final TestDnsServer DNS = startDns();

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	DomainService domains;

	@Autowired
	DomainSettings settings;

	@Autowired
	VerifiedDomains verified;

	Person ana;

	UUID acme;

	@DynamicPropertySource
	static void resolver(DynamicPropertyRegistry registry) {
		registry.add("accord.domains.dns.servers", DNS::address);
		registry.add("accord.domains.dns.timeout", () -> "PT2S");
		registry.add("accord.domains.poll-interval", () -> "PT1000H");
	}

	@AfterAll
	static void stopDns() throws IOException {
		DNS.close();
	}

	@BeforeEach
	void anAdministratorWithABusinessAccount() {
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
	}

	@Test
	void anAdministratorAddsADomainPublishesItsRecordAndChecksItUntilVerified() throws Exception {
		String name = fresh();
		this.mvc.perform(get(page()).with(as(this.ana)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Verified Domains</h1>")))
			.andExpect(content().string(containsString("id=\"domains-back\"")))
			.andExpect(content().string(containsString("id=\"domains-none\"")))
			.andExpect(content().string(containsString("Currently off")));

		MvcResult added = this.mvc.perform(post(page()).with(as(this.ana)).with(csrf()).param("name", " " + name.toUpperCase() + "."))
			.andExpect(redirectedUrlPattern(page() + "#domain-*"))
			.andExpect(flash().attribute("domainAdded", name))
			.andReturn();
		DomainView domain = only();
		assertThat(domain.name()).isEqualTo(name);
		follow(added).andExpect(content().string(containsString("id=\"domain-added\"")))
			.andExpect(content().string(containsString("Pending")))
			.andExpect(content().string(containsString("Not checked yet")))
			.andExpect(content().string(containsString("Publish this TXT record at your DNS provider")))
			.andExpect(content().string(containsString(domain.recordValue())));

		MvcResult missing = check(domain).andReturn();
		follow(missing).andExpect(content().string(containsString("is not verified yet. No accord-verification record was found.")))
			.andExpect(content().string(containsString("class=\"domain-result\">No accord-verification record was found.")));

		DNS.publish(name, "accord-verification=somebody-elses-token");
		this.clock.advance(Duration.ofSeconds(11));
		follow(check(domain).andReturn()).andExpect(content().string(containsString("Wrong record")));

		DNS.publish(name, "v=spf1 -all", domain.recordValue());
		this.clock.advance(Duration.ofSeconds(11));
		follow(check(domain).andReturn()).andExpect(content().string(containsString("The domain " + name + " is verified.")))
			.andExpect(content().string(containsString("class=\"domain-status\"><span>Verified</span>")))
			.andExpect(content().string(not(containsString(domain.recordValue()))))
			.andExpect(content().string(not(containsString("class=\"domain-check\""))));
		assertThat(this.verified.ownerOf(name)).contains(this.acme);
	}

	@Test
	void aVerifiedDomainWhoseRecordIsGoneShowsTheRecordAgainWithAWarning() throws Exception {
		String name = fresh();
		add(name);
		DomainView domain = only();
		DNS.publish(name, domain.recordValue());
		check(domain);
		DNS.remove(name);
		this.clock.advance(Duration.ofSeconds(11));

		follow(check(domain).andReturn()).andExpect(content().string(containsString("class=\"domain-status\"><span>Verified</span>")))
			.andExpect(content().string(containsString("The last check did not find this record.")))
			.andExpect(content().string(containsString(domain.recordValue())))
			.andExpect(content().string(containsString("class=\"domain-check\"")));
	}

	@Test
	void aBadNameIsRefusedNextToTheFieldInThePersonsLanguageAndNothingIsSaved() throws Exception {
		for (String bad : List.of("", "   ", "https://example.com", "example.com/path", "localhost", "10.0.0.1",
				"x".repeat(2000))) {
			this.mvc.perform(post(page()).with(as(this.ana)).with(csrf()).param("name", bad))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"name-error\"")))
				.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		}
		this.mvc.perform(post(page()).with(as(this.ana)).with(csrf()).param("name", "localhost").param("lang", "de"))
			.andExpect(content().string(containsString("Geben Sie einen Domainnamen wie example.com ein")));
		this.mvc.perform(post(page()).with(as(this.ana)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fill in this field.")));
		assertThat(this.domains.list(this.acme, this.ana.id())).isEmpty();
	}

	@Test
	void addingADomainTwiceOrOneAnotherAccountVerifiedIsRefusedNextToTheField() throws Exception {
		String name = fresh();
		add(name);
		this.mvc.perform(post(page()).with(as(this.ana)).with(csrf()).param("name", name))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This business account added this domain already.")));

		Person olga = this.api.signUp("olga");
		UUID other = this.api.createBusiness(olga, "Other");
		DNS.publish(name, only().recordValue());
		check(only());
		this.mvc.perform(post("/business/{id}/domains", other).with(as(olga)).with(csrf()).param("name", name))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Another business account verified this domain already.")))
			.andExpect(content().string(not(containsString("ACME"))));
		assertThat(this.domains.list(other, olga.id())).isEmpty();
		assertThat(this.domains.list(this.acme, this.ana.id())).hasSize(1);
	}

	@Test
	void checkingTooSoonSaysSoInsteadOfAnErrorPage() throws Exception {
		add(fresh());
		DomainView domain = only();
		check(domain);

		MvcResult again = check(domain).andExpect(flash().attribute("domainNotice", "domain.checkTooSoon")).andReturn();

		follow(again).andExpect(status().isOk()).andExpect(content().string(containsString("checked a moment ago")));
	}

	@Test
	void removeAsksFirstThenRemovesAndASecondTabIsToldItIsGone() throws Exception {
		String name = fresh();
		add(name);
		DomainView domain = only();
		String remove = page() + "/" + domain.id() + "/remove";

		this.mvc.perform(post(remove).with(as(this.ana)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirm-dialog\"")))
			.andExpect(content().string(containsString("The domain " + name + " and its verification will be removed.")));
		this.mvc.perform(post(remove).with(as(this.ana)).with(csrf()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirm-dialog\"")))
			.andExpect(content().string(not(containsString("<html"))));
		assertThat(this.domains.list(this.acme, this.ana.id())).hasSize(1);

		MvcResult removed = this.mvc.perform(post(remove).with(as(this.ana)).with(csrf()).param("confirmed", "true"))
			.andExpect(redirectedUrl(page()))
			.andExpect(flash().attribute("domainRemoved", name))
			.andReturn();
		follow(removed).andExpect(content().string(containsString("The domain " + name + " was removed.")));
		assertThat(this.domains.list(this.acme, this.ana.id())).isEmpty();

		MvcResult gone = this.mvc.perform(post(remove).with(as(this.ana)).with(csrf()).param("confirmed", "true"))
			.andExpect(redirectedUrl(page()))
			.andReturn();
		follow(gone).andExpect(content().string(containsString("This domain was removed already")));
		this.mvc.perform(post(remove).with(as(this.ana)).with(csrf()).header("HX-Request", "true"))
			.andExpect(header().string("HX-Redirect", page()));
		this.mvc.perform(post(page() + "/" + domain.id() + "/check").with(as(this.ana)).with(csrf()))
			.andExpect(redirectedUrl(page()))
			.andExpect(flash().attribute("domainNotice", "domain.page.gone"));
	}

	@Test
	void theInviteOnlySwitchShowsAndChangesItsState() throws Exception {
		MvcResult on = this.mvc.perform(post(page() + "/settings").with(as(this.ana)).with(csrf()).param("inviteOnly", "true"))
			.andExpect(redirectedUrl(page() + "#invite-only"))
			.andReturn();
		assertThat(this.settings.inviteOnlyVerifiedDomains(this.acme, this.ana.id())).isTrue();
		follow(on).andExpect(content().string(containsString("id=\"invite-only-switched\"")))
			.andExpect(content().string(containsString("Currently on")))
			.andExpect(content().string(containsString("checked=\"checked\"")));

		this.mvc.perform(post(page() + "/settings").with(as(this.ana)).with(csrf()))
			.andExpect(redirectedUrl(page() + "#invite-only"));
		this.mvc.perform(post(page() + "/settings").with(as(this.ana)).with(csrf()))
			.andExpect(redirectedUrl(page() + "#invite-only"));
		assertThat(this.settings.inviteOnlyVerifiedDomains(this.acme, this.ana.id())).isFalse();
	}

	@Test
	void aRegularMemberIsRefusedAndChangesNothing() throws Exception {
		add(fresh());
		DomainView domain = only();
		Person bob = this.api.inviteAndJoin(this.ana, this.acme, "bob");

		this.mvc.perform(get(page()).with(as(bob))).andExpect(status().isForbidden());
		this.mvc.perform(post(page()).with(as(bob)).with(csrf()).param("name", fresh())).andExpect(status().isForbidden());
		this.mvc.perform(post(page() + "/" + domain.id() + "/check").with(as(bob)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(page() + "/" + domain.id() + "/remove").with(as(bob)).with(csrf()).param("confirmed", "true"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(page() + "/settings").with(as(bob)).with(csrf()).param("inviteOnly", "true"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/business/{id}/profile", this.acme).with(as(bob)))
			.andExpect(content().string(not(containsString("id=\"security-domains\""))));

		assertThat(this.domains.list(this.acme, this.ana.id())).extracting(DomainView::id).containsExactly(domain.id());
		assertThat(this.settings.inviteOnlyVerifiedDomains(this.acme, this.ana.id())).isFalse();
	}

	@Test
	void anotherTenantGetsNotFoundAndCannotTouchTheDomains() throws Exception {
		String name = fresh();
		add(name);
		DomainView domain = only();
		Person eve = this.api.signUp("eve");
		UUID evil = this.api.createBusiness(eve, "Evil");

		this.mvc.perform(get(page()).with(as(eve)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(name))));
		this.mvc.perform(post(page() + "/" + domain.id() + "/remove").with(as(eve)).with(csrf()).param("confirmed", "true"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(page() + "/settings").with(as(eve)).with(csrf()).param("inviteOnly", "true"))
			.andExpect(status().isNotFound());
		// Eve's own page with Ana's domain id: the domain is not hers, so it is "gone", never removed.
		this.mvc.perform(post("/business/{id}/domains/{d}/remove", evil, domain.id()).with(as(eve)).with(csrf())
			.param("confirmed", "true"))
			.andExpect(redirectedUrl("/business/" + evil + "/domains"))
			.andExpect(flash().attribute("domainNotice", "domain.page.gone"));
		assertThat(this.domains.list(this.acme, this.ana.id())).hasSize(1);
	}

	@Test
	void aRepeatedAddIsRefusedAsAddedAlreadyNotAnError() throws Exception {
		String name = fresh();
		add(name);
		this.mvc.perform(post(page()).with(as(this.ana)).with(csrf()).param("name", name))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\"")));
		assertThat(this.domains.list(this.acme, this.ana.id())).hasSize(1);
	}

	@Test
	void aNameIsEscapedAndTheRecordWrapsInACodeElement() throws Exception {
		this.mvc.perform(post(page()).with(as(this.ana)).with(csrf()).param("name", "<script>alert(1)</script>.example"))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
		add(fresh());
		this.mvc.perform(get(page()).with(as(this.ana)))
			.andExpect(content().string(containsString("<code class=\"record-value\">accord-verification=")))
			.andExpect(content().string(containsString("<code class=\"record-type\">TXT</code>")));
	}

	@Test
	void signedOutPeopleAreSentToSignIn() throws Exception {
		this.mvc.perform(get(page())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/signin"));
	}

	private String page() {
		return "/business/" + this.acme + "/domains";
	}

	private void add(String name) throws Exception {
		this.mvc.perform(post(page()).with(as(this.ana)).with(csrf()).param("name", name))
			.andExpect(status().is3xxRedirection());
	}

	private org.springframework.test.web.servlet.ResultActions check(DomainView domain) throws Exception {
		return this.mvc.perform(post(page() + "/" + domain.id() + "/check").with(as(this.ana)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private org.springframework.test.web.servlet.ResultActions follow(MvcResult redirect) throws Exception {
		MockHttpServletRequestBuilder next = get(page()).with(as(this.ana)).cookie(redirect.getResponse().getCookies());
		return this.mvc.perform(next).andExpect(status().isOk());
	}

	private DomainView only() {
		List<DomainView> all = this.domains.list(this.acme, this.ana.id());
		assertThat(all).hasSize(1);
		return all.get(0);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(Person person) {
		return user(Principals.of(person));
	}

	private static String fresh() {
		return "p" + UUID.randomUUID().toString().substring(0, 8) + ".example";
	}

	private static TestDnsServer startDns() {
		try {
			return TestDnsServer.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
