package dev.accord.account;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import dev.accord.platform.AccordProperties;
import dev.accord.platform.DatabaseOutage;
import dev.accord.platform.Problems;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what before the business rules run. Pages use the session with CSRF on every
 * POST; the API also takes bearer tokens. The API skips CSRF only for a request a valid bearer token
 * authenticated (it then ignores any session cookie) or one that sends no session cookie at all (it
 * carries no credential a browser adds by itself); a session cookie with any other
 * {@code Authorization} header is checked like a page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final RequestMatcher API = (request) -> Problems.isApi(request);

	@Bean
	AuthenticationManager authenticationManager(AccordUserDetailsService users, PasswordEncoder passwords,
			SignInThrottle throttle, SignInPolicies policies) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwords);
		return checkingPolicies(reportingOutages(new ProviderManager(new ThrottledAuthenticationProvider(provider, throttle))),
				policies);
	}

	/** After a right password: a person who must use their company's sign-in is refused (see {@link PasswordSignInPolicy}). */
	private static AuthenticationManager checkingPolicies(AuthenticationManager manager, SignInPolicies policies) {
		return (authentication) -> {
			Authentication result = manager.authenticate(authentication);
			if (result.getPrincipal() instanceof AccordUser user) {
				policies.checkAuthentication(user);
			}
			return result;
		};
	}

	/**
	 * A database outage met while checking a password is no wrong password: it leaves as
	 * {@link DatabaseOutage.Unavailable}, which is answered 503, instead of "sign-in failed" or 401.
	 */
	private static AuthenticationManager reportingOutages(AuthenticationManager manager) {
		return (authentication) -> {
			try {
				return manager.authenticate(authentication);
			}
			catch (AuthenticationException ex) {
				if (DatabaseOutage.isCause(ex)) {
					throw new DatabaseOutage.Unavailable(ex);
				}
				throw ex;
			}
		};
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/**
	 * The device API: the license key in the body is the credential, and there is no session or
	 * form to protect; a lean chain (no session, CSRF, request cache or login) keeps the hot path short.
	 */
	@Bean
	@org.springframework.core.annotation.Order(1)
	SecurityFilterChain devices(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/v1/activations", "/api/v1/activations/**")
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.disable())
			.sessionManagement((session) -> session
				.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
			.anonymous((anonymous) -> anonymous.disable());
		return http.build();
	}

	@Bean
	@org.springframework.core.annotation.Order(2)
	SecurityFilterChain web(HttpSecurity http, AuthenticationManager authenticationManager, ApiTokenService tokens,
			Problems problems, SignInSuccessHandler successHandler, SecurityContextRepository contexts,
			AccordProperties properties, TwoStepSignIn twoStep, PasskeySignIn passkeys,
			org.springframework.beans.factory.ObjectProvider<SignInChainCustomizer> customizers) throws Exception {
		RequestMatcher csrfExempt = (request) -> API.matches(request)
				&& (BearerTokenFilter.authenticated(request) || request.getRequestedSessionId() == null);
		http.authenticationManager(authenticationManager)
			.securityContext((c) -> c.securityContextRepository(contexts))
			.authorizeHttpRequests(SecurityConfiguration::authorize)
			.formLogin((form) -> form.loginPage("/signin")
				.loginProcessingUrl("/signin")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(successHandler)
				.failureHandler(twoStep.orElse(failure()))
				.withObjectPostProcessor(firstStepOnly(twoStep, authenticationManager))
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/signout").logoutSuccessHandler(afterSignOut()))
			.csrf((csrf) -> csrf.ignoringRequestMatchers(csrfExempt))
			.exceptionHandling((e) -> e
				.defaultAuthenticationEntryPointFor(apiEntryPoint(problems), API)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/signin"), (r) -> true)
				.accessDeniedHandler(accessDenied(problems)))
			.headers((headers) -> headers(headers, properties.brand().imageOrigins()))
			.addFilterBefore(new BearerTokenFilter(tokens, problems), CsrfFilter.class);
		passkeys.applyTo(http, contexts);
		for (SignInChainCustomizer customizer : customizers.orderedStream().toList()) {
			customizer.customize(http);
		}
		return http.build();
	}

	/** Pages and endpoints open to visitors; everything else needs a signed-in person or a token. */
	private static void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
		authorize.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
			.requestMatchers("/signin", "/signin/sso", TwoStepSignIn.PAGE, TwoStepSignIn.PAGE + "/email", "/signup", "/signup/business", "/forgot-password", "/reset-password", "/verify-email", "/change-email",
					"/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error", "/actuator/health/**",
					"/actuator/prometheus", "/v3/api-docs/**", "/dev/mailbox", "/dev/mailbox/*/html", "/api/v1/dev/mailbox", "/join/**",
					"/api/v1/invitations/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/signup", "/api/v1/tokens", "/api/v1/activations",
					"/api/v1/activations/check-in", "/api/v1/activations/deactivate")
			.permitAll()
			.anyRequest().authenticated();
	}

	/** The sign-in form checks the password only: a person with two-step verification goes on to {@link TwoStepSignIn}. */
	private static ObjectPostProcessor<UsernamePasswordAuthenticationFilter> firstStepOnly(TwoStepSignIn twoStep,
			AuthenticationManager passwords) {
		return new ObjectPostProcessor<>() {
			@Override
			public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
				filter.setAuthenticationManager(twoStep.firstStepOf(passwords));
				return filter;
			}
		};
	}

	/** The brand's logo and favicon may come from another origin. */
	private static void headers(HeadersConfigurer<HttpSecurity> headers, List<String> imageOrigins) {
		String images = imageOrigins.stream().map((origin) -> " " + origin).collect(Collectors.joining());
		String portal = "default-src 'self'; img-src 'self' data:" + images + "; "
				+ "style-src 'self' 'unsafe-inline'; frame-src 'self'; frame-ancestors 'none'; form-action 'self'";
		// A mail's HTML part in the dev mailbox brings its own policy and may be framed by the portal.
		RequestMatcher page = new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/dev/mailbox/*/html"));
		headers.frameOptions((frames) -> frames.disable())
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(page, new ContentSecurityPolicyHeaderWriter(portal)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(page, new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
			.referrerPolicy((r) -> r.policy(
					org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
	}

	/** Back to sign-in, or to the join link the person was on when they chose to sign out. */
	private static LogoutSuccessHandler afterSignOut() {
		return (request, response, authentication) -> {
			String next = request.getParameter("continue");
			boolean joinLink = next != null && next.matches("/join/[A-Za-z0-9_-]{1,100}");
			response.sendRedirect(request.getContextPath() + (joinLink ? next : "/signin?signedOut"));
		};
	}

	/** Back to the sign-in page, saying that the password was wrong or how many seconds to wait. */
	private static AuthenticationFailureHandler failure() {
		SimpleUrlAuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/signin?error");
		return (request, response, exception) -> {
			FailedSignIn.rememberEmail(request);
			if (exception instanceof SignInPolicies.CompanySignInRequired) {
				response.sendRedirect(request.getContextPath() + "/signin?ssoRequired");
			}
			else if (exception instanceof TooManyAttemptsException throttled) {
				response.sendRedirect(request.getContextPath() + "/signin?throttled=" + throttled.waitSeconds());
			}
			else {
				wrong.onAuthenticationFailure(request, response, exception);
			}
		};
	}

	private static AuthenticationEntryPoint apiEntryPoint(Problems problems) {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) -> problems
			.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "error.unauthorized");
	}

	private static AccessDeniedHandler accessDenied(Problems problems) {
		return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex) -> {
			if (API.matches(request)) {
				problems.write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN", "error.forbidden");
			}
			else {
				sendForbidden(response);
			}
		};
	}

	private static void sendForbidden(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

}
