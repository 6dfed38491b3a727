package dev.accord.business;

import java.util.stream.Stream;

import dev.accord.account.Principals;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/** The permission table over the pages: every screen and form, allowed and denied, for every kind of actor. */
@AccordIntegrationTest
class PagePermissionTableIntegrationTests extends PermissionTableSupport {

	// Expected answers per actor: ADMIN, REGULAR, LICENSE_ADMIN (of the "Delegated" key), BLOCKED, OUTSIDER, ANONYMOUS.
	static Stream<Arguments> pages() {
		return Stream.of(row("Dashboard", "GET", "/business/{id}/dashboard", null, 200, 200, 200, 404, 404, 302),
				row("Business Profile", "GET", "/business/{id}/profile", null, 200, 200, 200, 404, 404, 302),
				row("Edit Company Information", "GET", "/business/{id}/profile/edit", null, 200, 403, 403, 404, 404,
						302),
				row("Business Account Users", "GET", "/business/{id}/users", null, 200, 403, 403, 404, 404, 302),
				row("Invite Users dialog", "GET", "/business/{id}/users/invite", null, 200, 403, 403, 404, 404, 302),
				row("membership dialog", "GET", "/business/{id}/users/{member}", null, 200, 403, 403, 404, 404, 302),
				row("save a membership", "POST", "/business/{id}/users/{member}", "role=REGULAR_MEMBER&notes=x", 302,
						403, 403, 404, 404, 302),
				row("ask before blocking", "POST", "/business/{id}/users/{member}/block", "", 200, 403, 403, 404, 404,
						302),
				row("block from the dialog", "POST", "/business/{id}/users/{fresh-member}/block", "confirmed=true", 302,
						403, 403, 404, 404, 302),
				row("ask before removing", "POST", "/business/{id}/users/{member}/remove", "", 200, 403, 403, 404, 404,
						302),
				row("remove from the dialog", "POST", "/business/{id}/users/{fresh-member}/remove", "confirmed=true",
						302, 403, 403, 404, 404, 302),
				row("resend from the list", "POST", "/business/{id}/invitations/{invitation}/resend", "", 302, 403, 403,
						404, 404, 302),
				row("ask before revoking", "POST", "/business/{id}/invitations/{invitation}/revoke", "", 200, 403, 403,
						404, 404, 302),
				row("revoke from the list", "POST", "/business/{id}/invitations/{fresh-invitation}/revoke",
						"confirmed=true", 302, 403, 403, 404, 404, 302),
				row("Subscriptions", "GET", "/business/{id}/subscriptions", null, 200, 403, 200, 404, 404, 302),
				row("key K", "GET", "/business/{id}/license-keys/{delegated}", null, 200, 403, 200, 404, 404, 302),
				row("another key", "GET", "/business/{id}/license-keys/{other}", null, 200, 403, 403, 404, 404, 302),
				row("registered computers of K", "GET", "/business/{id}/license-keys/{delegated}/computers", null, 200,
						403, 200, 404, 404, 302),
				row("Export to CSV of K", "GET", "/business/{id}/license-keys/{delegated}/computers.csv", null, 200, 403,
						200, 404, 404, 302),
				row("rename key K by clicking its name", "GET", "/business/{id}/license-keys/{delegated}/name?edit=true",
						null, 200, 403, 403, 404, 404, 302),
				row("Activity", "GET", "/business/{id}/activity", null, 200, 403, 403, 404, 404, 302),
				row("Export Activity to CSV", "GET", "/business/{id}/activity.csv", null, 200, 403, 403, 404, 404,
						302),
				row("Verified Domains", "GET", "/business/{id}/domains", null, 200, 403, 403, 404, 404, 302),
				row("add a domain", "POST", "/business/{id}/domains", "name={fresh-domain-name}", 302, 403, 403, 404,
						404, 302),
				row("check a domain now", "POST", "/business/{id}/domains/{fresh-domain}/check", "", 302, 403, 403, 404,
						404, 302),
				row("ask before removing a domain", "POST", "/business/{id}/domains/{domain}/remove", "", 200, 403, 403,
						404, 404, 302),
				row("remove a domain", "POST", "/business/{id}/domains/{fresh-domain}/remove", "confirmed=true", 302,
						403, 403, 404, 404, 302),
				// Off, so that the invitations of the other rows still go out.
				row("switch invite only people of verified domains", "POST", "/business/{id}/domains/settings",
						"inviteOnly=false", 302, 403, 403, 404, 404, 302),
				row("User Provisioning (SCIM)", "GET", "/business/{id}/scim", null, 200, 403, 403, 404, 404, 302),
				row("create a SCIM token", "POST", "/business/{id}/scim/tokens", "name=Okta", 302, 403, 403, 404, 404,
						302),
				row("ask before revoking a SCIM token", "POST", "/business/{id}/scim/tokens/{fresh-scim-token}/revoke",
						"", 200, 403, 403, 404, 404, 302),
				row("revoke a SCIM token", "POST", "/business/{id}/scim/tokens/{fresh-scim-token}/revoke",
						"confirmed=true", 302, 403, 403, 404, 404, 302),
				row("Single Sign-On", "GET", "/business/{id}/sso", null, 200, 403, 403, 404, 404, 302),
				// An issuer that refuses at once: no test waits on the network.
				row("save the Single Sign-On settings", "POST", "/business/{id}/sso",
						"issuer=https://127.0.0.1:1/realms/table&clientId=accord&clientSecret=table-secret", 302, 403,
						403, 404, 404, 302),
				row("Test connection", "POST", "/business/{id}/sso/test", "", 302, 403, 403, 404, 404, 302));
	}

	@ParameterizedTest(name = "page: {0} as {1} answers {5}")
	@MethodSource("pageRows")
	void thePagesAllowAndDenyAsTheTableSays(String action, Actor actor, String method, String path, String body,
			int expected) throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), resolve(path));
		if (body != null && !body.isEmpty()) {
			for (String pair : resolve(body).split("&")) {
				String[] kv = pair.split("=", 2);
				request.param(kv[0], kv[1]);
			}
		}
		Person who = actorFor(actor, path);
		if (who != null) {
			request.with(user(Principals.of(who)));
		}
		int status = this.mvc.perform(request.with(csrf())).andReturn().getResponse().getStatus();

		assertThat(status).as(action + " as " + actor).isEqualTo(expected);
	}

	Stream<Arguments> pageRows() {
		return expand(pages());
	}

}
