package dev.accord.sso;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on settings.
 *
 * @param allowHttpIssuers whether an issuer URL may use plain {@code http} (tests and local identity
 * providers only); otherwise it must be {@code https}
 * @param discoveryCache how long a provider's discovered configuration is kept before it is fetched again
 * @param providerTimeout how long Accord waits for an identity provider to connect and to answer
 * (discovery, signing keys, the token exchange), so a slow or silent provider cannot hold a request
 */
@ConfigurationProperties("accord.sso")
record SsoSettings(@DefaultValue("false") boolean allowHttpIssuers, @DefaultValue("1h") Duration discoveryCache,
		@DefaultValue("10s") Duration providerTimeout) {
}
