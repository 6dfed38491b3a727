package dev.accord.sso;

import java.io.IOException;
import java.util.Optional;

import dev.accord.account.SignInChainCustomizer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds single sign-on to the pages' chain: Spring Security's {@code oauth2Login} over
 * {@link SsoRegistrations} with PKCE (state and nonce are the library's), the checks of
 * {@link SsoUsers}, {@link SsoSignIn} after it, and "email first" on the sign-in form: a POST to
 * {@code /signin} with an email of a domain that uses single sign-on and no password (or the
 * "Sign in with single sign-on" button) goes to the provider.
 */
@Component
class SsoLogin implements SignInChainCustomizer {

	static final String AUTHORIZATION = "/oauth2/authorization";

	private final SsoRegistrations registrations;

	private final SsoUsers users;

	private final SsoSignIn signIn;

	private final SsoRoutes routes;

	private final SsoSettings settings;

	SsoLogin(SsoRegistrations registrations, SsoUsers users, SsoSignIn signIn, SsoRoutes routes,
			SsoSettings settings) {
		this.registrations = registrations;
		this.settings = settings;
		this.users = users;
		this.signIn = signIn;
		this.routes = routes;
	}

	@Override
	public void customize(HttpSecurity http) throws Exception {
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
				this.registrations, AUTHORIZATION);
		resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		http.oauth2Login((login) -> login.loginPage("/signin")
			.clientRegistrationRepository(this.registrations)
			.authorizationEndpoint((endpoint) -> endpoint.authorizationRequestResolver(resolver))
			.userInfoEndpoint((info) -> info.oidcUserService(this.users))
			.successHandler(this.signIn)
			.failureHandler(failure())
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
				@Override
				public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
					filter.setAuthenticationManager(providerSignIn());
					return filter;
				}
			}));
		http.addFilterBefore(new Routing(), OAuth2AuthorizationRequestRedirectFilter.class);
		http.addFilterBefore(new EmailFirst(), UsernamePasswordAuthenticationFilter.class);
	}

	/**
	 * The pages' chain has Accord's own password manager, so the provider's sign-in gets its own:
	 * the code exchanged for tokens, the ID token validated (signature by JWKS, issuer, audience,
	 * expiry, nonce), then {@link SsoUsers}.
	 */
	private AuthenticationManager providerSignIn() {
		// The library's token client, as it builds its own, with the providers' time limit.
		RestClientAuthorizationCodeTokenResponseClient tokens = new RestClientAuthorizationCodeTokenResponseClient();
		tokens.setRestClient(ProviderHttp.builder(this.settings.providerTimeout())
			.configureMessageConverters((converters) -> converters.addCustomConverter(new FormHttpMessageConverter())
				.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build());
		OidcAuthorizationCodeAuthenticationProvider oidc = new OidcAuthorizationCodeAuthenticationProvider(tokens,
				this.users);
		oidc.setJwtDecoderFactory(new OidcIdTokenDecoderFactory());
		return new ProviderManager(oidc);
	}

	/** Back to sign-in with a reason the page says in the person's language. */
	static AuthenticationFailureHandler failure() {
		return (request, response, exception) -> {
			org.slf4j.LoggerFactory.getLogger(SsoLogin.class).info("Single sign-on refused: {}", exception.toString());
			String reason = (exception instanceof OAuth2AuthenticationException oauth
					&& SsoUsers.REASONS.contains(oauth.getError().getErrorCode())) ? oauth.getError().getErrorCode()
							: "failed";
			response.sendRedirect(request.getContextPath() + "/signin?sso=" + reason);
		};
	}

	/** An unknown or switched-off provider is "single sign-on unavailable", not Spring's error 500. */
	private final class Routing extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !request.getRequestURI().startsWith(request.getContextPath() + AUTHORIZATION + "/");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String id = request.getRequestURI().substring((request.getContextPath() + AUTHORIZATION + "/").length());
			if (SsoLogin.this.registrations.findByRegistrationId(id) == null) {
				response.sendRedirect(request.getContextPath() + "/signin?sso=unavailable");
				return;
			}
			chain.doFilter(request, response);
		}

	}

	/** The sign-in form without a password, or with the single sign-on button. */
	private final class EmailFirst extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !"POST".equals(request.getMethod())
					|| !request.getRequestURI().equals(request.getContextPath() + "/signin");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String password = request.getParameter("password");
			boolean button = request.getParameter("sso") != null;
			if (!button && password != null && !password.isEmpty()) {
				chain.doFilter(request, response);
				return;
			}
			Optional<SsoRoutes.Route> route = SsoLogin.this.routes.routeFor(request.getParameter("email"));
			if (route.isPresent()) {
				response.sendRedirect(request.getContextPath() + route.get().path());
			}
			else if (button) {
				response.sendRedirect(request.getContextPath() + "/signin?sso=none");
			}
			else {
				chain.doFilter(request, response);
			}
		}

	}

}
