package dev.accord.scim;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * {@code /scim/v2/**} has its own lean chain, before the portal's: the SCIM token is the only
 * credential (no session, cookie, CSRF, form login or request cache), checked by {@link ScimTokenFilter}.
 */
@Configuration(proxyBeanMethods = false)
class ScimSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain scim(HttpSecurity http, ScimTokens tokens) throws Exception {
		http.securityMatcher("/scim/v2", "/scim/v2/**")
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.anonymous((anonymous) -> anonymous.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.addFilterBefore(new ScimTokenFilter(tokens), AuthorizationFilter.class);
		return http.build();
	}

}
