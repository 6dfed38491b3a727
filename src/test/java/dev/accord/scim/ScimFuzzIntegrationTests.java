package dev.accord.scim;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.accord.scim.ScimClients.Answer;
import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Odd bodies, filters, paths and headers at every SCIM endpoint: always a SCIM answer, never a 500. */
@AccordIntegrationTest
class ScimFuzzIntegrationTests {

	private static final String[] BODIES = { "", "null", "[]", "\"x\"", "{", "{}", "{\"userName\":null}",
			"{\"userName\":123}", "{\"userName\":\"a@example.com\",\"name\":\"flat\"}",
			"{\"userName\":\"a@example.com\",\"emails\":{\"value\":1}}", "{\"schemas\":7}",
			"{\"Operations\":null}", "{\"Operations\":[]}", "{\"Operations\":[{}]}",
			"{\"Operations\":[{\"op\":\"add\",\"path\":\"[[[\",\"value\":1}]}",
			"{\"Operations\":[{\"op\":\"remove\",\"path\":\"active\"}]}",
			"{\"Operations\":[{\"op\":\"replace\",\"path\":\"name.givenName\",\"value\":{\"deep\":[1,2]}}]}",
			"{\"Operations\":[{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"other@example.com\"}]}",
			"{\"Operations\":[{\"op\":\"replace\",\"value\":\"notAnObject\"}]}",
			"{\"userName\":\"" + "\u0000\u202e".repeat(10) + "@example.com\"}",
			"{\"userName\":\"a@example.com\",\"locale\":\"" + "x".repeat(5000) + "\"}" };

	private static final String[] FILTERS = { "", "userName", "userName eq", "userName eq 1", "userName eq null",
			"userName eq \"" + "x".repeat(2000) + "\"", "userName eq \"a\" or userName eq \"b\"",
			"emails[type eq \"work\"].value eq \"a@example.com\"", "((((", "meta.created gt \"2020\"",
			"urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"a@example.com\"", "externalId pr" };

	@Autowired
	private Api api;

	@Autowired
	private ScimTokens tokens;

	@Test
	void nothingSentToScimIsAnsweredWithA500() {
		Api.Person admin = this.api.signUp("fuzzadmin");
		UUID business = this.api.createBusiness(admin, "Fuzz KG");
		String token = this.tokens.create(business, admin.id(), "fuzz").token();
		String user = admin.id().toString();
		List<String> failures = new ArrayList<>();
		for (String body : BODIES) {
			check(failures, "POST", "/scim/v2/Users", body, token, "application/scim+json");
			check(failures, "PUT", "/scim/v2/Users/" + user, body, token, "application/json");
			check(failures, "PATCH", "/scim/v2/Users/" + user, body, token, "application/scim+json");
			check(failures, "PATCH", "/scim/v2/Users/" + UUID.randomUUID(), body, token, "application/scim+json");
		}
		for (String filter : FILTERS) {
			check(failures, "GET", "/scim/v2/Users?filter=" + java.net.URLEncoder.encode(filter,
					java.nio.charset.StandardCharsets.UTF_8), null, token, null);
		}
		for (String query : new String[] { "startIndex=-5", "startIndex=abc", "count=-1", "count=0",
				"startIndex=99999999", "count=99999999999" }) {
			check(failures, "GET", "/scim/v2/Users?" + query, null, token, null);
		}
		for (String path : new String[] { "/scim/v2/Users/%00", "/scim/v2/Users/..%2f", "/scim/v2/Users/" + "9".repeat(300),
				"/scim/v2/Groups", "/scim/v2/ResourceTypes/Group", "/scim/v2/Schemas/x", "/scim/v2/ServiceProviderConfig",
				"/scim/v2/Bulk", "/scim/v2" }) {
			check(failures, "GET", path, null, token, null);
			check(failures, "DELETE", path, null, token, null);
		}
		for (String type : new String[] { "text/plain", "application/xml", "*/*", "application/scim+json; charset=latin1",
				"garbage;;;" }) {
			check(failures, "POST", "/scim/v2/Users", "{\"userName\":\"b@example.com\"}", token, type);
		}
		for (String bearer : new String[] { "", "accord_scim_", "accord_scim_" + "x".repeat(500), "Basic abc" }) {
			check(failures, "GET", "/scim/v2/Users", null, bearer, null);
		}
		assertThat(failures).isEmpty();
	}

	private void check(List<String> failures, String method, String path, String body, String token, String type) {
		Answer answer;
		try {
			answer = (body != null)
					? ScimClients.send(this.api.baseUrl(), method, path, body, token, type)
					: ScimClients.send(this.api.baseUrl(), method, path, null, token);
		}
		catch (IllegalArgumentException ex) {
			return; // a header or URI the HTTP client itself refuses to send
		}
		if (answer.status() >= 500) {
			failures.add(method + " " + path + " " + body + " " + type + " → " + answer.status() + " " + answer.body());
		}
	}

}
