package dev.accord.sso;

import java.text.ParseException;

import com.nimbusds.jose.jwk.JWKSet;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** "Test connection": the provider's OIDC discovery, then its signing keys (JWKS). */
@Component
class ConnectionTest {

	private final SsoRegistrations registrations;

	private final RestClient http;

	ConnectionTest(SsoRegistrations registrations, SsoSettings settings) {
		this.registrations = registrations;
		this.http = ProviderHttp.builder(settings.providerTimeout()).build();
	}

	TestResult test(SsoConnection connection) {
		ClientRegistration registration;
		try {
			registration = this.registrations.discover(connection);
		}
		catch (SsoRegistrations.IssuerMismatchException ex) {
			return TestResult.ISSUER_MISMATCH;
		}
		catch (RuntimeException ex) {
			return TestResult.DISCOVERY_FAILED;
		}
		String jwks = registration.getProviderDetails().getJwkSetUri();
		if (jwks == null) {
			return TestResult.KEYS_FAILED;
		}
		try {
			String body = this.http.get().uri(jwks).retrieve().body(String.class);
			return (body != null && !JWKSet.parse(body).getKeys().isEmpty()) ? TestResult.OK : TestResult.KEYS_FAILED;
		}
		catch (RestClientException | ParseException | IllegalArgumentException ex) {
			return TestResult.KEYS_FAILED;
		}
	}

}
