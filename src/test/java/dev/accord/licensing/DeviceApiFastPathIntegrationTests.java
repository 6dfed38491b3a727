package dev.accord.licensing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.support.AccordIntegrationTest;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import dev.accord.support.MutableClock;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Valid activations and check-ins are answered before Spring MVC; everything else reaches the
 * controller with its body intact and gets the same answers as any other API call.
 */
@AccordIntegrationTest
@TestPropertySource(properties = "accord.operators=operator@licensing.example")
class DeviceApiFastPathIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	MeterRegistry meters;

	Person ana;

	UUID acme;

	String key;

	LicensingFixtures licensing;

	LicensingFixtures.TestSubscription subscription;

	@BeforeEach
	void aKeyWithSeats() {
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
		this.licensing = new LicensingFixtures(this.api, this.clock, this.api.operatorToken("operator@licensing.example"),
				this.acme, this.ana);
		this.subscription = this.licensing.aSubscription().withSeats(2).lasting(30).provision();
		this.key = this.subscription.primaryKey();
	}

	@Test
	void validCallsAreAnsweredAsTheApiSaysWithTheUsualHeadersAndAreTimed() {
		long before = this.meters.timer("accord.device.requests", "call", "check-in").count();

		Response activated = activate("{\"licenseKey\":\"" + this.key + "\",\"deviceId\":\"pc-1\",\"computerName\":\"PC 1\"}");
		Response again = activate("{\"licenseKey\":\"" + this.key + "\",\"deviceId\":\"pc-1\",\"computerName\":\"PC 1\"}");
		Response checkIn = checkIn("{\"licenseKey\":\"" + this.key + "\",\"deviceId\":\"pc-1\"}");

		assertThat(activated.status()).isEqualTo(201);
		assertThat(activated.contentType()).startsWith("application/json");
		assertThat(activated.map()).containsKeys("activationId", "expiresAt").containsEntry("status", "ACTIVE");
		assertThat(again.status()).isEqualTo(200);
		assertThat(checkIn.status()).isEqualTo(200);
		assertThat(checkIn.map()).containsEntry("valid", true).doesNotContainKey("reason");
		assertThat(this.meters.timer("accord.device.requests", "call", "check-in").count()).isEqualTo(before + 1);
		assertThat(raw("/api/v1/activations/check-in", "application/json",
				"{\"licenseKey\":\"" + this.key + "\",\"deviceId\":\"pc-1\"}").headers().map())
			.containsKeys("x-frame-options", "x-content-type-options", "cache-control", "pragma", "expires");
	}

	@Test
	void anActivationIsAuditedWithTheDevicesAddress() {
		activate("{\"licenseKey\":\"" + this.key + "\",\"deviceId\":\"pc-ip\",\"computerName\":\"PC IP\"}");

		List<Map<String, Object>> entries = this.api
			.get("/api/v1/business-accounts/" + this.acme + "/audit-events?action=COMPUTER_ACTIVATED", this.ana.token())
			.items();
		assertThat(entries).singleElement().satisfies((e) -> assertThat(e).containsEntry("ip", "127.0.0.1"));
	}

	@Test
	void everythingElseGetsTheOrdinaryProblemDetails() {
		assertThat(checkIn("{\"licenseKey\":").code()).isEqualTo("MALFORMED_REQUEST");
		assertThat(checkIn("{\"licenseKey\":\"" + this.key + "\"}").errors()).containsKey("deviceId");
		assertThat(checkIn("{\"licenseKey\":\"" + this.key + "\",\"deviceId\":\"" + "x".repeat(5000) + "\"}").errors())
			.containsKey("deviceId");
		assertThat(checkIn("{\"licenseKey\":\"ACRD-00000-00000-00000-00000-00000\",\"deviceId\":\"pc-1\"}").status())
			.isEqualTo(404);
		assertThat(activate("{\"licenseKey\":\"" + this.key + "\",\"deviceId\":\"pc-2\"}").errors())
			.containsKey("computerName");
		activate("{\"licenseKey\":\"" + this.key + "\",\"deviceId\":\"pc-3\",\"computerName\":\"PC 3\"}");
		activate("{\"licenseKey\":\"" + this.key + "\",\"deviceId\":\"pc-4\",\"computerName\":\"PC 4\"}");
		Response full = activate("{\"licenseKey\":\"" + this.key + "\",\"deviceId\":\"pc-5\",\"computerName\":\"PC 5\"}");
		assertThat(full.status()).isEqualTo(409);
		assertThat(full.code()).isEqualTo("NO_SEATS_AVAILABLE");
		assertThat(full.contentType()).startsWith("application/problem+json");
		assertThat(this.api.get("/api/v1/activations/check-in", null).status()).isEqualTo(405);
		assertThat(raw("/api/v1/activations/check-in", "text/plain",
				"{\"licenseKey\":\"" + this.key + "\",\"deviceId\":\"pc-1\"}").statusCode()).isEqualTo(415);
		assertThat(raw("/api/v1/activations/check-in;x=1", "application/json",
				"{\"licenseKey\":\"" + this.key + "\",\"deviceId\":\"pc-9\",\"computerName\":\"PC 9\"}")
			.statusCode()).as("a disguised path is never taken for an activation").isNotEqualTo(201);
	}

	@Test
	void aDeletedKeyIsUnknownToTheVeryNextCheckInThoughItsFactsWereCached() {
		LicensingFixtures.TestKey created = this.subscription.aKey("Spare").dynamic(1).create();
		String spare = created.key();
		activate("{\"licenseKey\":\"" + spare + "\",\"deviceId\":\"pc-s\",\"computerName\":\"PC S\"}");
		assertThat(checkIn("{\"licenseKey\":\"" + spare + "\",\"deviceId\":\"pc-s\"}").map()).containsEntry("valid", true);

		this.api.delete(this.licensing.base() + "/license-keys/" + created.id(), this.ana.token()).succeeded();

		assertThat(checkIn("{\"licenseKey\":\"" + spare + "\",\"deviceId\":\"pc-s\"}").status()).isEqualTo(404);
	}

	private java.net.http.HttpResponse<String> raw(String path, String contentType, String body) {
		try {
			return java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(this.api.baseUrl() + path))
					.header("Content-Type", contentType)
					.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
					.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Response activate(String json) {
		return this.api.send("POST", "/api/v1/activations", json, null);
	}

	private Response checkIn(String json) {
		return this.api.send("POST", "/api/v1/activations/check-in", json, null);
	}

}
