package dev.accord.account;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where passkeys belong. Both default to the portal's base URL ({@code accord.base-url}): a passkey is
 * bound to the relying party id, so changing it later makes every registered passkey unusable.
 *
 * @param rpId the relying party id, the domain passkeys are made for (default: the base URL's host)
 * @param origins the origins the ceremonies may run on, each {@code scheme://host[:port]} exactly as
 * the browser reports it (default: the base URL's origin)
 */
@ConfigurationProperties("accord.security.passkeys")
@Validated
record PasskeySettings(String rpId, @NotNull @DefaultValue List<String> origins) {

	/** The relying party id: the configured one, or the base URL's host. */
	String rpIdFor(URI baseUrl) {
		return (this.rpId != null && !this.rpId.isBlank()) ? this.rpId.trim() : baseUrl.getHost();
	}

	/** The allowed origins: the configured ones, or the base URL's origin. */
	Set<String> originsFor(URI baseUrl) {
		List<String> configured = this.origins.stream().map(String::trim).filter((o) -> !o.isEmpty()).toList();
		if (!configured.isEmpty()) {
			return Set.copyOf(configured);
		}
		String port = (baseUrl.getPort() == -1) ? "" : ":" + baseUrl.getPort();
		return Set.of(baseUrl.getScheme() + "://" + baseUrl.getHost() + port);
	}

}
