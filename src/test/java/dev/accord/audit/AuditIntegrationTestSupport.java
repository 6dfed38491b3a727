package dev.accord.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;
import dev.accord.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the audit tests share: an account with an administrator, the entries written since the
 * last look, and the licensing steps that produce entries. The tests, one class per capability
 * that records (business, invitation, licensing) and one for reading the log, check that every
 * change of spec §3 "Audit" produces exactly one entry with the right actor, before and after,
 * and that a refused change produces none.
 */
abstract class AuditIntegrationTestSupport {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	Person ana;

	UUID acme;

	String base;

	long seen;

	@BeforeEach
	void anAccountWithAnAdministrator() {
		this.ana = this.api.signUp("ana");
		this.acme = this.api.createBusiness(this.ana, "ACME");
		this.base = "/api/v1/business-accounts/" + this.acme;
		this.seen = 0;
		added();
	}

	List<Map<String, Object>> items(String query) {
		Response page = this.api.get(this.base + "/audit-events" + query + (query.isEmpty() ? "?" : "&") + "limit=200",
				this.ana.token());
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		return page.items();
	}

	/** The entries written since the last call, oldest first. */
	List<Map<String, Object>> added() {
		List<Map<String, Object>> fresh = new ArrayList<>(items("").stream()
			.filter((e) -> ((Number) e.get("id")).longValue() > this.seen)
			.toList());
		Collections.reverse(fresh);
		fresh.forEach((e) -> this.seen = Math.max(this.seen, ((Number) e.get("id")).longValue()));
		return fresh;
	}

	static Map<String, Object> only(List<Map<String, Object>> entries) {
		assertThat(entries).hasSize(1);
		return entries.get(0);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> actor(Map<String, Object> entry) {
		return (Map<String, Object>) entry.get("actor");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> before(Map<String, Object> entry) {
		return (Map<String, Object>) entry.get("before");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> after(Map<String, Object> entry) {
		return (Map<String, Object>) entry.get("after");
	}

	Map<String, Object> provision(UUID account, int seats) {
		String token = this.api.operatorToken("operator@licensing.example");
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		Map<String, Object> body = new HashMap<>(Map.of("product", "Accord Desktop", "seats", seats, "activationDate",
				today.toString(), "expirationDate", today.plusDays(365).toString()));
		if (account != null) {
			body.put("businessAccountId", account.toString());
		}
		return this.api.post("/api/v1/operator/subscriptions", body, token).map();
	}

	Map<String, Object> activate(String key, String device) {
		return this.api.post("/api/v1/activations",
				Map.of("licenseKey", key, "deviceId", device, "computerName", "PC " + device), null).map();
	}

	String keyIdOf(String key) {
		return this.api.get(this.base + "/license-keys", this.ana.token()).items().stream()
			.filter((k) -> key.equals(k.get("key")))
			.findFirst()
			.orElseThrow()
			.get("id")
			.toString();
	}
}
