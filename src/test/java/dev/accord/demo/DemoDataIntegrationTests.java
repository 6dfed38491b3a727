package dev.accord.demo;

import java.util.Map;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@AccordIntegrationTest
@TestPropertySource(properties = "accord.demo=true")
class DemoDataIntegrationTests {

	@Autowired
	Api api;

	@Test
	void theDemoAccountHasMembersOfEachRoleKeysAndComputers() {
		String ana = token("ana@demo.example");
		String carol = token("carol@demo.example");
		String business = ((java.util.List<Map<String, Object>>) this.api.get("/api/v1/me", ana).map().get("memberships"))
			.get(0).get("businessAccountId").toString();

		assertThat(this.api.get("/api/v1/business-accounts/" + business + "/members", ana).items())
			.extracting((m) -> m.get("status")).contains("ACTIVE", "BLOCKED");
		assertThat(this.api.get("/api/v1/business-accounts/" + business + "/license-keys", ana).items()).hasSize(3);
		assertThat(this.api.get("/api/v1/business-accounts/" + business + "/license-keys", carol).items())
			.singleElement().satisfies((k) -> assertThat(k.get("name")).isEqualTo("Berlin office"));
		assertThat(this.api.get("/api/v1/business-accounts/" + business + "/subscriptions", ana).items().get(0))
			.containsEntry("used", 11);
	}

	private String token(String email) {
		return (String) this.api.post("/api/v1/tokens", Map.of("email", email, "password", DemoData.PASSWORD, "name", "t"),
				null).map().get("token");
	}

}
