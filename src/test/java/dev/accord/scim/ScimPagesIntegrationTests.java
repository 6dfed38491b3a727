package dev.accord.scim;

import java.util.UUID;

import dev.accord.account.Principals;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The User Provisioning (SCIM) page: the base URL to enter in the identity provider, Create token
 * (the token shown once, after a redirect), the token list and Revoke, which asks first.
 */
@AccordIntegrationTest
class ScimPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Autowired
	ScimTokens tokens;

	@Test
	void anAdministratorSeesTheBaseUrlAndCreatesATokenThatIsShownOnceAndWorks() throws Exception {
		Person ana = this.api.signUp("scimpage");
		UUID id = this.api.createBusiness(ana, "Provisioned SE");

		this.mvc.perform(get("/business/{id}/scim", id).with(user(Principals.of(ana))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>User Provisioning (SCIM)</h1>")))
			.andExpect(content().string(containsString("/scim/v2</code>")))
			.andExpect(content().string(containsString("Bearer token")))
			.andExpect(content().string(containsString("href=\"/business/" + id + "/profile\"")))
			.andExpect(content().string(containsString("id=\"scim-tokens-none\"")));

		MvcResult created = createToken(ana, id, "  Entra ID  ");
		String token = (String) created.getFlashMap().get("createdScimTokenValue");
		assertThat(token).startsWith("accord_scim_");
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/business/" + id + "/scim").doesNotContain(token);

		this.mvc.perform(get("/business/{id}/scim", id).with(user(Principals.of(ana))).cookie(created.getResponse().getCookies()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"created-scim-token-value\">" + token + "</code>")))
			.andExpect(content().string(containsString("SCIM token “Entra ID” is created.")))
			.andExpect(content().string(containsString("it will not be shown again")));
		this.mvc.perform(get("/business/{id}/scim", id).with(user(Principals.of(ana))))
			.andExpect(content().string(not(containsString(token))))
			.andExpect(content().string(not(containsString("created-scim-token"))))
			.andExpect(content().string(containsString("<td class=\"scim-token-name\">Entra ID</td>")))
			.andExpect(content().string(containsString("scimpage Tester")))
			.andExpect(content().string(containsString("Never used")));

		assertThat(ScimClients.send(this.api.baseUrl(), "GET", "/scim/v2/Users", null, token).status()).isEqualTo(200);
		this.mvc.perform(get("/business/{id}/scim", id).with(user(Principals.of(ana))))
			.andExpect(content().string(not(containsString("Never used"))));
	}

	@Test
	void revokeAsksFirstThenTheTokenIsRefusedAndARepeatedRevokeSaysItIsAlreadyRevoked() throws Exception {
		Person ana = this.api.signUp("scimrevoke");
		UUID id = this.api.createBusiness(ana, "Revoking SE");
		CreatedScimToken token = this.tokens.create(id, ana.id(), "Okta");
		String revoke = "/business/" + id + "/scim/tokens/" + token.id() + "/revoke";

		this.mvc.perform(post(revoke).with(user(Principals.of(ana))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirm-dialog\"")))
			.andExpect(content().string(containsString("the token “Okta” can no longer")))
			.andExpect(content().string(containsString("Revoke token")));
		this.mvc.perform(post(revoke).with(user(Principals.of(ana))).with(csrf()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirm-dialog\"")))
			.andExpect(content().string(not(containsString("<html"))));
		assertThat(scimStatus(token.token())).isEqualTo(200);

		MvcResult revoked = this.mvc.perform(post(revoke).with(user(Principals.of(ana))).with(csrf()).param("confirmed", "true"))
			.andExpect(redirectedUrl("/business/" + id + "/scim"))
			.andExpect(flash().attribute("scimTokenRevoked", "Okta"))
			.andReturn();
		assertThat(scimStatus(token.token())).isEqualTo(401);
		this.mvc.perform(get("/business/{id}/scim", id).with(user(Principals.of(ana))).cookie(revoked.getResponse().getCookies()))
			.andExpect(content().string(containsString("SCIM token “Okta” is revoked")))
			.andExpect(content().string(containsString("<span>Revoked</span>")))
			.andExpect(content().string(not(containsString(revoke))));

		// A second tab, or the same click again: no error, a notice.
		MvcResult again = this.mvc.perform(post(revoke).with(user(Principals.of(ana))).with(csrf()).param("confirmed", "true"))
			.andExpect(redirectedUrl("/business/" + id + "/scim"))
			.andExpect(flash().attribute("scimTokenGone", true))
			.andReturn();
		this.mvc.perform(post(revoke).with(user(Principals.of(ana))).with(csrf()))
			.andExpect(redirectedUrl("/business/" + id + "/scim"));
		this.mvc.perform(post(revoke).with(user(Principals.of(ana))).with(csrf()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Redirect", "/business/" + id + "/scim"));
		this.mvc.perform(get("/business/{id}/scim", id).with(user(Principals.of(ana))).cookie(again.getResponse().getCookies()))
			.andExpect(content().string(containsString("That SCIM token is already revoked.")));
		this.mvc.perform(post("/business/" + id + "/scim/tokens/" + UUID.randomUUID() + "/revoke")
				.with(user(Principals.of(ana))).with(csrf()).param("confirmed", "true"))
			.andExpect(flash().attribute("scimTokenGone", true));
	}

	@Test
	void aBadNameIsShownNextToTheFieldInThePersonsLanguageAndNothingIsSaved() throws Exception {
		Person ana = this.api.signUp("scimnames");
		UUID id = this.api.createBusiness(ana, "Names SE");

		expectNameError(ana, id, "", "Fill in this field.");
		expectNameError(ana, id, "   ", "Fill in this field.");
		expectNameError(ana, id, "x".repeat(ScimTokens.MAX_NAME_LENGTH + 1), "Use at most 100 characters.");
		expectNameError(ana, id, "two\nlines", "Use one line of text");
		this.mvc.perform(post("/business/{id}/scim/tokens", id).with(user(Principals.of(ana))).with(csrf())
				.header("Accept-Language", "de").param("name", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Füllen Sie dieses Feld aus.")))
			.andExpect(content().string(containsString("Benutzerbereitstellung (SCIM)")));
		assertThat(this.tokens.list(id, ana.id())).isEmpty();

		for (int i = 0; i < ScimTokens.MAX_TOKENS; i++) {
			this.tokens.create(id, ana.id(), "Token " + i);
		}
		expectNameError(ana, id, "One more", "holds the most SCIM tokens it may");
		assertThat(this.tokens.list(id, ana.id())).hasSize(ScimTokens.MAX_TOKENS);
	}

	@Test
	void namesAreShownAsTextNeverAsMarkup() throws Exception {
		Person ana = this.api.signUp("scimescape");
		UUID id = this.api.createBusiness(ana, "Escaping SE");
		MvcResult created = createToken(ana, id, "<script>alert(1)</script>");

		this.mvc.perform(get("/business/{id}/scim", id).with(user(Principals.of(ana))).cookie(created.getResponse().getCookies()))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void aRegularMemberIsRefusedAndNothingChanges() throws Exception {
		Person ana = this.api.signUp("scimowner");
		UUID id = this.api.createBusiness(ana, "Members SE");
		Person bob = this.api.inviteAndJoin(ana, id, "bob");
		CreatedScimToken token = this.tokens.create(id, ana.id(), "Okta");

		this.mvc.perform(get("/business/{id}/scim", id).with(user(Principals.of(bob))))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Okta"))));
		this.mvc.perform(post("/business/{id}/scim/tokens", id).with(user(Principals.of(bob))).with(csrf()).param("name", "Mine"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/business/{id}/scim/tokens/{t}/revoke", id, token.id()).with(user(Principals.of(bob)))
				.with(csrf()).param("confirmed", "true"))
			.andExpect(status().isForbidden());
		assertThat(this.tokens.list(id, ana.id())).singleElement().satisfies((t) -> assertThat(t.isRevoked()).isFalse());
	}

	@Test
	void anotherBusinessAccountsPageIsNotFoundAndItsTokensCannotBeRevokedFromOutside() throws Exception {
		Person ana = this.api.signUp("scimana");
		Person eve = this.api.signUp("scimeve");
		UUID id = this.api.createBusiness(ana, "Secret SE");
		UUID evesOwn = this.api.createBusiness(eve, "Eve Ltd");
		CreatedScimToken token = this.tokens.create(id, ana.id(), "Okta");

		this.mvc.perform(get("/business/{id}/scim", id).with(user(Principals.of(eve))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Secret SE"))));
		this.mvc.perform(post("/business/{id}/scim/tokens", id).with(user(Principals.of(eve))).with(csrf()).param("name", "Mine"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/business/{id}/scim/tokens/{t}/revoke", id, token.id()).with(user(Principals.of(eve)))
				.with(csrf()).param("confirmed", "true"))
			.andExpect(status().isNotFound());
		// Through her own business account: Ana's token is not there to revoke.
		this.mvc.perform(post("/business/{id}/scim/tokens/{t}/revoke", evesOwn, token.id()).with(user(Principals.of(eve)))
				.with(csrf()).param("confirmed", "true"))
			.andExpect(flash().attribute("scimTokenGone", true));
		assertThat(this.tokens.list(id, ana.id())).singleElement().satisfies((t) -> assertThat(t.isRevoked()).isFalse());
		assertThat(scimStatus(token.token())).isEqualTo(200);
	}

	@Test
	void thePageNeedsASignedInPersonAndFormsNeedTheCsrfToken() throws Exception {
		Person ana = this.api.signUp("scimcsrf");
		UUID id = this.api.createBusiness(ana, "Csrf SE");
		this.mvc.perform(get("/business/{id}/scim", id)).andExpect(redirectedUrl("/signin"));
		this.mvc.perform(post("/business/{id}/scim/tokens", id).with(user(Principals.of(ana))).param("name", "Forged"))
			.andExpect(status().isForbidden());
		assertThat(this.tokens.list(id, ana.id())).isEmpty();
	}

	private MvcResult createToken(Person person, UUID id, String name) throws Exception {
		return this.mvc.perform(post("/business/{id}/scim/tokens", id).with(user(Principals.of(person))).with(csrf())
				.param("name", name))
			.andExpect(redirectedUrl("/business/" + id + "/scim"))
			.andReturn();
	}

	private void expectNameError(Person person, UUID id, String name, String message) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/business/{id}/scim/tokens", id).with(user(Principals.of(person))).with(csrf()).param("name", name))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andReturn()
			.getResponse();
		String html = response.getContentAsString();
		int field = html.indexOf("id=\"scim-token-name\"");
		int error = html.indexOf("id=\"scim-token-name-error\"");
		assertThat(field).isPositive();
		assertThat(error).isGreaterThan(field);
		assertThat(html.substring(error, html.indexOf("</small>", error))).contains(message);
		assertThat(html).doesNotContain("created-scim-token-value");
	}

	private int scimStatus(String token) {
		return ScimClients.send(this.api.baseUrl(), "GET", "/scim/v2/Users", null, token).status();
	}

}
