package dev.accord.sso;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.accord.platform.SecretCipher;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Spring Security's client registrations, one per business account with single sign-on on; the
 * registration id is the business account's id. Each is built from the provider's OIDC discovery and
 * cached; a changed configuration (a new {@code updated_at}) is discovered again.
 */
@Component
class SsoRegistrations implements ClientRegistrationRepository {

	/** Where the provider sends the person back; Spring fills in the base URL and the id. */
	static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";

	private final SsoConnections connections;

	private final SecretCipher cipher;

	private static final String DISCOVERY = "/.well-known/openid-configuration";

	private static final ParameterizedTypeReference<Map<String, Object>> DOCUMENT = new ParameterizedTypeReference<>() {
	};

	private final Cache<Key, ClientRegistration> cache;

	private final RestClient http;

	SsoRegistrations(SsoConnections connections, SecretCipher cipher, SsoSettings settings) {
		this.connections = connections;
		this.cipher = cipher;
		this.http = ProviderHttp.builder(settings.providerTimeout()).build();
		this.cache = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(settings.discoveryCache()).build();
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		return enabled(registrationId).flatMap(this::registration).orElse(null);
	}

	/** The switched-on connection of this registration id. */
	Optional<SsoConnection> enabled(String registrationId) {
		UUID id;
		try {
			id = UUID.fromString(registrationId);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return Optional.empty();
		}
		return this.connections.of(id).filter(SsoConnection::enabled);
	}

	/** The connection as a client registration, from (cached) discovery; empty when discovery fails. */
	Optional<ClientRegistration> registration(SsoConnection connection) {
		Key key = new Key(connection.businessAccountId(), connection.updatedAt());
		try {
			return Optional.of(this.cache.get(key, (k) -> discover(connection)));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Discovery without the cache, as "Test connection" does it: the issuer's OIDC discovery document
	 * (read with a time limit), which must name that same issuer, made a registration by Spring.
	 */
	ClientRegistration discover(SsoConnection connection) {
		Map<String, Object> document = this.http.get().uri(discoveryUri(connection.issuer())).retrieve().body(DOCUMENT);
		Object named = (document != null) ? document.get("issuer") : null;
		if (!connection.issuer().equals(named)) {
			throw new IssuerMismatchException();
		}
		return ClientRegistrations.fromOidcConfiguration(document)
			.registrationId(connection.businessAccountId().toString())
			.clientId(connection.clientId())
			.clientSecret(new String(this.cipher.decrypt(connection.clientSecret()), StandardCharsets.UTF_8))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.redirectUri(REDIRECT_URI)
			.scope("openid", "email", "profile")
			.userNameAttributeName("sub")
			.build();
	}

	/** OIDC Discovery 1.0 §4: the issuer with {@code /.well-known/openid-configuration} appended to its path. */
	static URI discoveryUri(String issuer) {
		String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
		return URI.create(base + DISCOVERY);
	}

	/** The discovery document names another issuer than the one configured. */
	static final class IssuerMismatchException extends IllegalStateException {

		IssuerMismatchException() {
			super("The discovery document names another issuer");
		}

	}

	private record Key(UUID businessAccountId, Instant updatedAt) {
	}

}
