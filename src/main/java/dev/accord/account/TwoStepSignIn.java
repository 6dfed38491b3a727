package dev.accord.account;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The second step of signing in. After a right password, a person with two-step verification is
 * not signed in: the session only remembers who passed the first step and when (for
 * {@link #TIME_TO_FINISH}), holding no authority at all, and {@code /signin/two-step} asks for the
 * second step. Whatever way checks it (a code from the app, a recovery code, a passkey, a mailed
 * code) finishes with {@link #complete}.
 */
@Component
public class TwoStepSignIn {

	/** How long after the password the second step may come. */
	public static final Duration TIME_TO_FINISH = Duration.ofMinutes(5);

	/** Where the second step is asked. */
	public static final String PAGE = "/signin/two-step";

	static final String PENDING = TwoStepSignIn.class.getName() + ".PENDING";

	private final TwoStepStatus status;

	private final UserAccounts accounts;

	private final SecurityContextRepository contexts;

	private final SignInSuccessHandler landing;

	private final Clock clock;

	TwoStepSignIn(TwoStepStatus status, UserAccounts accounts, SecurityContextRepository contexts,
			SignInSuccessHandler landing, Clock clock) {
		this.status = status;
		this.accounts = accounts;
		this.contexts = contexts;
		this.landing = landing;
		this.clock = clock;
	}

	/** The person who passed the first step in this session and still has time for the second. */
	public Optional<UUID> pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
			return Optional.empty();
		}
		if (!this.clock.instant().isBefore(pending.since().plus(TIME_TO_FINISH))) {
			session.removeAttribute(PENDING);
			return Optional.empty();
		}
		return Optional.of(pending.userId());
	}

	/**
	 * Finish: sign the pending person in (fresh session id, context saved) and redirect to the
	 * landing (where they were going, or where {@link SignInLanding} says).
	 *
	 * @throws IllegalStateException when this person has no pending sign-in in this session
	 */
	public void complete(HttpServletRequest request, HttpServletResponse response, UUID userId)
			throws IOException, ServletException {
		if (!pending(request).filter(userId::equals).isPresent()) {
			throw new IllegalStateException("No pending sign-in for this person in this session");
		}
		request.getSession().removeAttribute(PENDING);
		request.changeSessionId();
		AccordUser user = this.accounts.byId(userId)
			.flatMap((account) -> this.accounts.credentials(account.email()))
			.orElseThrow();
		user.eraseCredentials();
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		this.landing.onAuthenticationSuccess(request, response, authentication);
	}

	/** Whether signing this person in needs a second step. */
	boolean required(UUID userId) {
		return this.status.enabled(userId);
	}

	/** The first step passed: a fresh session id that remembers only who and when. */
	void begin(HttpServletRequest request, UUID userId) {
		HttpSession session = request.getSession();
		request.changeSessionId();
		session = request.getSession();
		session.setAttribute(PENDING, new Pending(userId, this.clock.instant()));
	}

	/**
	 * The sign-in form's password check, which stops a person with two-step verification after the
	 * password: no authentication, a {@link SecondStepRequired} instead.
	 */
	AuthenticationManager firstStepOf(AuthenticationManager passwords) {
		return (authentication) -> {
			Authentication result = passwords.authenticate(authentication);
			if (result.getPrincipal() instanceof AccordUser user && required(user.id())) {
				throw new SecondStepRequired(user.id());
			}
			return result;
		};
	}

	/** Sends a {@link SecondStepRequired} to the second step; every other failure to {@code otherwise}. */
	AuthenticationFailureHandler orElse(AuthenticationFailureHandler otherwise) {
		return (request, response, exception) -> {
			if (exception instanceof SecondStepRequired required) {
				begin(request, required.userId);
				response.sendRedirect(request.getContextPath() + PAGE);
			}
			else {
				otherwise.onAuthenticationFailure(request, response, exception);
			}
		};
	}

	/** Who passed the first step, and when; kept in the session. */
	record Pending(UUID userId, Instant since) implements Serializable {
	}

	/** The password was right, and the second step is still to come. */
	static final class SecondStepRequired extends AuthenticationException {

		private final transient UUID userId;

		SecondStepRequired(UUID userId) {
			super("Second step required");
			this.userId = userId;
		}

	}

}
