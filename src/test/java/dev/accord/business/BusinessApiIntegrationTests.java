package dev.accord.business;

import java.util.Map;
import java.util.UUID;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@AccordIntegrationTest
class BusinessApiIntegrationTests {

	@Autowired
	Api api;

	@Test
	void theCreatorBecomesAccountAdministrator() {
		Person ana = this.api.signUp("ana");
		UUID id = this.api.createBusiness(ana, "ACME");

		Response details = this.api.get("/api/v1/business-accounts/" + id, ana.token());

		assertThat(details.status()).isEqualTo(200);
		assertThat(details.map()).containsEntry("companyName", "ACME").containsEntry("country", "DE");
		assertThat(details.body()).contains("\"role\":\"ACCOUNT_ADMINISTRATOR\"", ana.email());
		assertThat(this.api.get("/api/v1/me", ana.token()).body()).contains(id.toString(), "ACCOUNT_ADMINISTRATOR");
	}

	@Test
	void anAdministratorChangesTheCompanyInformation() {
		Person ana = this.api.signUp("ana");
		UUID id = this.api.createBusiness(ana, "ACME");

		Response patched = this.api.patch("/api/v1/business-accounts/" + id,
				Map.of("companyName", "ACME Europe", "country", "fr"), ana.token());

		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.map()).containsEntry("companyName", "ACME Europe")
			.containsEntry("country", "FR")
			.containsEntry("postcode", "10115");
	}

	@Test
	void invalidCompanyInformationIsRefusedAndNothingChanges() {
		Person ana = this.api.signUp("ana");
		UUID id = this.api.createBusiness(ana, "ACME");

		Response patched = this.api.patch("/api/v1/business-accounts/" + id,
				Map.of("companyName", "x".repeat(201), "country", "XX", "phone", "call me"), ana.token());
		Response created = this.api.post("/api/v1/business-accounts",
				Map.of("companyName", " ", "country", "Germany", "postcode", "<b>", "phone", "1"), ana.token());

		assertThat(patched.status()).isEqualTo(422);
		assertThat(patched.errors()).containsKeys("companyName", "country", "phone");
		assertThat(created.status()).isEqualTo(422);
		assertThat(created.errors()).containsKeys("companyName", "country", "postcode", "phone");
		assertThat(this.api.get("/api/v1/business-accounts/" + id, ana.token()).map()).containsEntry("companyName",
				"ACME");
		assertThat(this.api.get("/api/v1/me", ana.token()).body()).doesNotContain("Germany");
	}

	@Test
	void anOutsiderGets404ForEverythingOfAnotherBusinessAccount() {
		Person ana = this.api.signUp("ana");
		Person eve = this.api.signUp("eve");
		UUID id = this.api.createBusiness(ana, "ACME");
		String path = "/api/v1/business-accounts/" + id;

		assertThat(this.api.get(path, eve.token()).status()).isEqualTo(404);
		assertThat(this.api.patch(path, Map.of("companyName", "Mine"), eve.token()).status()).isEqualTo(404);
		assertThat(this.api.post(path + "/leave", null, eve.token()).status()).isEqualTo(404);
		assertThat(this.api.get(path, eve.token()).code()).isEqualTo("NOT_FOUND");
		assertThat(this.api.get(path, ana.token()).map()).containsEntry("companyName", "ACME");
	}

	@Test
	void unknownOrMalformedIdsAnswer404() {
		Person ana = this.api.signUp("ana");

		assertThat(this.api.get("/api/v1/business-accounts/" + UUID.randomUUID(), ana.token()).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/business-accounts/123", ana.token()).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/nothing-here", ana.token()).status()).isEqualTo(404);
	}

	@Test
	void theLastAccountAdministratorCannotLeave() {
		Person ana = this.api.signUp("ana");
		UUID id = this.api.createBusiness(ana, "ACME");

		Response response = this.api.post("/api/v1/business-accounts/" + id + "/leave", null, ana.token());

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.code()).isEqualTo("LAST_ADMINISTRATOR");
		assertThat(this.api.get("/api/v1/business-accounts/" + id, ana.token()).status()).isEqualTo(200);
	}

}
