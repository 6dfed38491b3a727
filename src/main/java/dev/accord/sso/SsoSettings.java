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
 */
@ConfigurationProperties("accord.sso")
record SsoSettings(@DefaultValue("false") boolean allowHttpIssuers, @DefaultValue("1h") Duration discoveryCache) {
}
