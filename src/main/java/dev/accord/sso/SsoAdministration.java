package dev.accord.sso;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.accord.business.BusinessAccess;
import dev.accord.platform.AccordProperties;
import dev.accord.platform.SecretCipher;
import dev.accord.platform.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Account Administrators do with their business account's single sign-on: see it, change it,
 * test it. Every call checks that the caller administers the account (404 for others).
 */
@Service
public class SsoAdministration {

	private static final String CLAIM_NAME = "[A-Za-z0-9_.:/-]+";

	private final SsoConnections connections;

	private final BusinessAccess access;

	private final SecretCipher cipher;

	private final DomainOwners domains;

	private final ConnectionTest tester;

	private final SsoSettings settings;

	private final AccordProperties properties;

	private final Clock clock;

	SsoAdministration(SsoConnections connections, BusinessAccess access, SecretCipher cipher, DomainOwners domains,
			ConnectionTest tester, SsoSettings settings, AccordProperties properties, Clock clock) {
		this.connections = connections;
		this.access = access;
		this.cipher = cipher;
		this.domains = domains;
		this.tester = tester;
		this.settings = settings;
		this.properties = properties;
		this.clock = clock;
	}

	/** The account's settings (empty ones when no provider is configured yet). */
	@Transactional(readOnly = true)
	public SsoConnectionView view(UUID accountId, UUID callerId) {
		this.access.administrator(accountId, callerId);
		return this.connections.of(accountId).map(this::view).orElseGet(() -> new SsoConnectionView(accountId, null,
				null, false, redirectUri(accountId), false, false, false, null, null, null, null));
	}

	/**
	 * Saves the settings; bad input is a {@link ValidationException} and saves nothing. Switching on
	 * needs a successful test of this issuer and client ({@link SsoNotTestedException}) and a
	 * verified domain ({@link NoVerifiedDomainException}). A new issuer or client id needs a new test (the test reads discovery and keys, which a secret does not change).
	 */
	@Transactional
	public SsoConnectionView configure(UUID accountId, UUID callerId, SsoChange change) {
		this.access.administrator(accountId, callerId);
		SsoConnection stored = this.connections.of(accountId).orElse(null);
		validate(change, stored);
		String secret = (change.clientSecret() != null)
				? this.cipher.encrypt(change.clientSecret().getBytes(StandardCharsets.UTF_8)) : stored.clientSecret();
		boolean sameProvider = stored != null && stored.issuer().equals(change.issuer())
				&& stored.clientId().equals(change.clientId());
		SsoConnection next = new SsoConnection(accountId, change.issuer(), change.clientId(), secret, change.enabled(),
				change.requireSso(), change.joinOnFirstSignIn(), change.adminClaim(), change.adminClaimValue(),
				sameProvider ? stored.testedAt() : null, sameProvider ? stored.testResult() : null, this.clock.instant());
		if (next.enabled() && !next.tested()) {
			throw new SsoNotTestedException();
		}
		if (next.enabled() && !this.domains.any(accountId)) {
			throw new NoVerifiedDomainException();
		}
		this.connections.save(next);
		return view(next);
	}

	/** Fetches the provider's discovery document and signing keys, and stores what was found. */
	@Transactional
	public SsoConnectionView test(UUID accountId, UUID callerId) {
		this.access.administrator(accountId, callerId);
		SsoConnection stored = this.connections.of(accountId)
			.orElseThrow(() -> ValidationException.of("issuer", "validation.required"));
		TestResult result = this.tester.test(stored);
		SsoConnection tested = new SsoConnection(accountId, stored.issuer(), stored.clientId(), stored.clientSecret(),
				stored.enabled(), stored.requireSso(), stored.joinOnFirstSignIn(), stored.adminClaim(),
				stored.adminClaimValue(), this.clock.instant(), result, stored.updatedAt());
		this.connections.save(tested);
		return view(tested);
	}

	private void validate(SsoChange change, SsoConnection stored) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (change.issuer() == null) {
			errors.put("issuer", "validation.required");
		}
		else if (change.issuer().length() > SsoChange.MAX_ISSUER) {
			errors.put("issuer", "validation.tooLong");
		}
		else if (!acceptableIssuer(change.issuer())) {
			errors.put("issuer", this.settings.allowHttpIssuers() ? "sso.error.issuerUrl" : "sso.error.issuerHttps");
		}
		if (change.clientId() == null) {
			errors.put("clientId", "validation.required");
		}
		else if (change.clientId().length() > SsoChange.MAX_CLIENT_ID) {
			errors.put("clientId", "validation.tooLong");
		}
		if (change.clientSecret() == null && stored == null) {
			errors.put("clientSecret", "validation.required");
		}
		else if (change.clientSecret() != null && change.clientSecret().length() > SsoChange.MAX_CLIENT_SECRET) {
			errors.put("clientSecret", "validation.tooLong");
		}
		validateClaim(change, errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

	private static void validateClaim(SsoChange change, Map<String, String> errors) {
		if (change.adminClaim() != null && (change.adminClaim().length() > SsoChange.MAX_CLAIM
				|| !change.adminClaim().matches(CLAIM_NAME))) {
			errors.put("adminClaim", "sso.error.claimName");
		}
		else if (change.adminClaim() == null && change.adminClaimValue() != null) {
			errors.put("adminClaim", "validation.required");
		}
		if (change.adminClaimValue() != null && change.adminClaimValue().length() > SsoChange.MAX_CLAIM_VALUE) {
			errors.put("adminClaimValue", "validation.tooLong");
		}
		else if (change.adminClaim() != null && change.adminClaimValue() == null) {
			errors.put("adminClaimValue", "validation.required");
		}
	}

	private boolean acceptableIssuer(String issuer) {
		URI uri;
		try {
			uri = new URI(issuer);
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
		if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
				|| uri.getRawUserInfo() != null) {
			return false;
		}
		return "https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && this.settings.allowHttpIssuers());
	}

	private SsoConnectionView view(SsoConnection c) {
		return new SsoConnectionView(c.businessAccountId(), c.issuer(), c.clientId(), c.clientSecret() != null,
				redirectUri(c.businessAccountId()), c.enabled(), c.requireSso(), c.joinOnFirstSignIn(), c.adminClaim(),
				c.adminClaimValue(), c.testedAt(), c.testResult());
	}

	private String redirectUri(UUID accountId) {
		return this.properties.link("/login/oauth2/code/" + accountId);
	}

}
