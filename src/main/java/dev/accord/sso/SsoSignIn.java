package dev.accord.sso;

import java.io.IOException;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

import dev.accord.account.AccountService;
import dev.accord.account.AccountView;
import dev.accord.account.SignIn;
import dev.accord.account.TwoStepSignIn;
import dev.accord.business.LastAdministratorException;
import dev.accord.business.MemberChange;
import dev.accord.business.MembershipAdministration;
import dev.accord.business.MembershipService;
import dev.accord.business.MembershipView;
import dev.accord.business.Role;
import dev.accord.platform.Languages;
import dev.accord.shared.Actor;
import dev.accord.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * After the provider vouched for the person ({@link SsoUsers}): the OAuth2 authentication Spring put
 * in the session is dropped, the person is found by email or created, joins as Regular Member when
 * "Join on first sign-in" is on, gets or loses Account Administrator by the claim mapping, and is
 * signed in by Accord's own {@link SignIn} (fresh session, {@code AccordUser} principal; Accord's own
 * two-step when they set one up). A blocked member is refused.
 */
@Component
class SsoSignIn implements AuthenticationSuccessHandler {

	private final SsoConnections connections;

	private final AccountService accounts;

	private final MembershipService memberships;

	private final MembershipAdministration administration;

	private final SignIn signIn;

	private final SecurityContextRepository contexts;

	private final Languages languages;

	SsoSignIn(SsoConnections connections, AccountService accounts, MembershipService memberships,
			MembershipAdministration administration, SignIn signIn, SecurityContextRepository contexts,
			Languages languages) {
		this.connections = connections;
		this.accounts = accounts;
		this.memberships = memberships;
		this.administration = administration;
		this.signIn = signIn;
		this.contexts = contexts;
		this.languages = languages;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		SecurityContextHolder.clearContext();
		this.contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
		OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
		OidcUser oidc = (OidcUser) token.getPrincipal();
		SsoConnection connection = this.connections.of(UUID.fromString(token.getAuthorizedClientRegistrationId()))
			.orElseThrow();
		AccountView account = this.accounts.provision(oidc.getEmail(), name(oidc.getGivenName(), oidc.getEmail().substring(0, oidc.getEmail().indexOf('@'))),
				name(oidc.getFamilyName(), ""), Language.closest(this.languages.current(request)).orElse(Language.EN));
		MembershipView membership = membership(connection, account, oidc);
		if (membership != null && !membership.isActive()) {
			response.sendRedirect(request.getContextPath() + "/signin?sso=" + SsoUsers.BLOCKED);
			return;
		}
		if (!this.signIn.signIn(account, request, response)) {
			response.sendRedirect(request.getContextPath() + TwoStepSignIn.PAGE);
			return;
		}
		String landing = (membership != null) ? "/business/" + connection.businessAccountId() + "/dashboard"
				: "/dashboard";
		response.sendRedirect(request.getContextPath() + landing);
	}

	/** The person's membership after joining and the claim mapping; null when they are no member. */
	private MembershipView membership(SsoConnection connection, AccountView account, OidcUser oidc) {
		UUID accountId = connection.businessAccountId();
		Actor provider = Actor.provider(connection.issuerHost());
		MembershipView membership = find(accountId, account.id());
		if (membership == null && connection.joinOnFirstSignIn()) {
			membership = this.memberships.join(accountId, account.id(), Role.REGULAR_MEMBER, provider);
		}
		if (membership == null || !membership.isActive() || !connection.mapsAdministrators()) {
			return membership;
		}
		Role role = claimMatches(oidc.getClaims().get(connection.adminClaim()), connection.adminClaimValue())
				? Role.ACCOUNT_ADMINISTRATOR : Role.REGULAR_MEMBER;
		if (role != membership.role()) {
			try {
				this.administration.changeAs(provider, accountId, account.id(), new MemberChange(role, null, null));
			}
			catch (LastAdministratorException ex) {
				// The last active Account Administrator stays one, whatever the provider says.
			}
		}
		return find(accountId, account.id());
	}

	private MembershipView find(UUID accountId, UUID userId) {
		return this.memberships.membershipsOf(userId)
			.stream()
			.filter((m) -> m.businessAccountId().equals(accountId))
			.findFirst()
			.orElse(null);
	}

	/** A claim holds the value: equal to it, or a list that contains it. */
	static boolean claimMatches(Object claim, String value) {
		if (claim instanceof Collection<?> values) {
			return values.stream().anyMatch((v) -> Objects.equals(String.valueOf(v), value));
		}
		return claim != null && String.valueOf(claim).equals(value);
	}

	private static String name(String claim, String fallback) {
		String name = (claim != null && !claim.isBlank()) ? claim.strip() : fallback;
		return (name.length() > 100) ? name.substring(0, 100) : name;
	}

}
