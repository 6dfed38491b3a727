package dev.accord.account;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.accord.platform.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns on Spring Security's passkey endpoints for the pages' chain ({@code /webauthn/register/options},
 * {@code /webauthn/register}, {@code /webauthn/authenticate/options}, {@code /login/webauthn}) and makes a
 * passkey sign-in end like a password sign-in: the {@link AccordUser} as principal, a new session id,
 * the person's language and zone, and the landing {@link SignInSuccessHandler} chooses (as JSON, which
 * the page's script follows). On the second step of a password sign-in ({@link TwoStepSignIn}) the
 * pending person's own passkey completes it; another person's is refused. Spring's default pages are
 * off: Accord has its own.
 */
@Component
class PasskeySignIn {

	private final WebAuthnRelyingPartyOperations relyingParty;

	private final PasskeyUsers users;

	private final UserAccounts accounts;

	private final SignInSuccessHandler landing;

	private final PasskeyNameFilter names;

	private final PasskeyCreationOptions creationOptions;

	private final TwoStepSignIn twoStep;

	private final Problems problems;

	private final JsonMapper json;

	private final SignInPolicies policies;

	PasskeySignIn(WebAuthnRelyingPartyOperations relyingParty, PasskeyUsers users, UserAccounts accounts,
			SignInSuccessHandler landing, PasskeyCreationOptions creationOptions, TwoStepSignIn twoStep,
			Problems problems, JsonMapper json, SignInPolicies policies) {
		this.policies = policies;
		this.creationOptions = creationOptions;
		this.twoStep = twoStep;
		this.relyingParty = relyingParty;
		this.users = users;
		this.accounts = accounts;
		this.landing = landing;
		this.names = new PasskeyNameFilter(problems, json);
		this.problems = problems;
		this.json = json;
	}

	/** Adds the passkey endpoints to the chain that serves the pages. */
	void applyTo(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
		http.webAuthn((webAuthn) -> webAuthn.disableDefaultRegistrationPage(true)
			.creationOptionsRepository(this.creationOptions)
			.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
				@Override
				public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
					filter.setAuthenticationManager(PasskeySignIn.this::authenticate);
					filter.setAuthenticationSuccessHandler(success());
					filter.setAuthenticationFailureHandler(failure());
					filter.setSecurityContextRepository(contexts);
					SessionAuthenticationStrategy sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
					if (sessions != null) {
						filter.setSessionAuthenticationStrategy(sessions);
					}
					return filter;
				}
			}));
		http.addFilterBefore(this.names, AuthorizationFilter.class);
	}

	/** Verifies the assertion with Spring's relying party, then answers with the person it belongs to. */
	Authentication authenticate(Authentication request) {
		if (!(request instanceof WebAuthnAuthenticationRequestToken token)) {
			throw new BadCredentialsException("not a passkey");
		}
		PublicKeyCredentialUserEntity entity;
		try {
			entity = this.relyingParty.authenticate(token.getWebAuthnRequest());
		}
		catch (RuntimeException ex) {
			throw new BadCredentialsException("passkey rejected", ex);
		}
		UUID userId = this.users.personOf(entity).orElseThrow(() -> new BadCredentialsException("unknown passkey"));
		HttpServletRequest current = currentRequest();
		if (current != null && this.twoStep.pending(current).filter((pending) -> !pending.equals(userId)).isPresent()) {
			// The second step of someone's password sign-in: only their own passkey finishes it.
			throw new BadCredentialsException("another person's passkey");
		}
		AccordUser user = this.accounts.byId(userId)
			.flatMap((account) -> this.accounts.credentials(account.email()))
			.orElseThrow(() -> new BadCredentialsException("unknown passkey"));
		user.eraseCredentials();
		this.policies.checkAuthentication(user);
		return new PasskeyAuthentication(user, user.getAuthorities());
	}

	private AuthenticationSuccessHandler success() {
		return (request, response, authentication) -> {
			RedirectCapture capture = new RedirectCapture(response);
			AccordUser user = (AccordUser) authentication.getPrincipal();
			if (this.twoStep.pending(request).filter(user.id()::equals).isPresent()) {
				// The person passed their password and now their passkey: their pending sign-in is complete.
				this.twoStep.complete(request, capture, user.id());
			}
			else {
				this.landing.onAuthenticationSuccess(request, capture, authentication);
			}
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("authenticated", true);
			body.put("redirectUrl", (capture.location != null) ? capture.location : request.getContextPath() + "/");
			response.setStatus(HttpStatus.OK.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			this.json.writeValue(response.getOutputStream(), body);
		};
	}

	private static HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

	private AuthenticationFailureHandler failure() {
		return (request, response, exception) -> {
			if (exception instanceof SignInPolicies.CompanySignInRequired) {
				this.problems.write(request, response, HttpStatus.FORBIDDEN, "SSO_REQUIRED", "signin.ssoRequired");
			}
			else {
				this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "PASSKEY_REJECTED", "signin.passkey.failed");
			}
		};
	}

	/** Keeps the redirect a success handler sends, so it can be answered as JSON instead. */
	private static final class RedirectCapture extends HttpServletResponseWrapper {

		private String location;

		RedirectCapture(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			this.location = location;
		}

		@Override
		public void setHeader(String name, String value) {
			if ("Location".equalsIgnoreCase(name)) {
				this.location = value;
			}
			else {
				super.setHeader(name, value);
			}
		}

	}

}
