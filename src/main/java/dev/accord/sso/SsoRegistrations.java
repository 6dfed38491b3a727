package dev.accord.sso;

import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.accord.platform.SecretCipher;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

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

	private final Cache<Key, ClientRegistration> cache;

	SsoRegistrations(SsoConnections connections, SecretCipher cipher, SsoSettings settings) {
		this.connections = connections;
		this.cipher = cipher;
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

	/** Discovery without the cache, as "Test connection" does it. */
	ClientRegistration discover(SsoConnection connection) {
		return ClientRegistrations.fromIssuerLocation(connection.issuer())
			.registrationId(connection.businessAccountId().toString())
			.clientId(connection.clientId())
			.clientSecret(new String(this.cipher.decrypt(connection.clientSecret()), StandardCharsets.UTF_8))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.redirectUri(REDIRECT_URI)
			.scope("openid", "email", "profile")
			.userNameAttributeName("sub")
			.build();
	}

	private record Key(UUID businessAccountId, Instant updatedAt) {
	}

}
