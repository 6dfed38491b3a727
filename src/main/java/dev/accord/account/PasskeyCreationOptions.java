package dev.accord.account;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions.PublicKeyCredentialCreationOptionsBuilder;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * Keeps the options of a registration in progress in the session between {@code /webauthn/register/options}
 * and {@code /webauthn/register}. Spring's own repository stores the options object, which is not
 * {@link Serializable}, and sessions live in the database: this stores what varies (challenge, user,
 * passkeys to exclude) and rebuilds the rest, which is fixed ({@code fixed}, the same customizer the
 * relying party makes the options with).
 */
class PasskeyCreationOptions implements PublicKeyCredentialCreationOptionsRepository {

	static final String ATTRIBUTE = PasskeyCreationOptions.class.getName() + ".PENDING";

	private final PublicKeyCredentialRpEntity rp;

	private final Consumer<PublicKeyCredentialCreationOptionsBuilder> fixed;

	PasskeyCreationOptions(PublicKeyCredentialRpEntity rp, Consumer<PublicKeyCredentialCreationOptionsBuilder> fixed) {
		this.rp = rp;
		this.fixed = fixed;
	}

	@Override
	public void save(HttpServletRequest request, HttpServletResponse response, PublicKeyCredentialCreationOptions options) {
		if (options == null) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(ATTRIBUTE);
			}
			return;
		}
		request.getSession().setAttribute(ATTRIBUTE, new Pending(options.getChallenge(), options.getUser().getId(),
				options.getUser().getName(), options.getUser().getDisplayName(),
				new ArrayList<>(options.getExcludeCredentials())));
	}

	@Override
	public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Pending pending)) {
			return null;
		}
		return PublicKeyCredentialCreationOptions.builder()
			.rp(this.rp)
			.user(ImmutablePublicKeyCredentialUserEntity.builder()
				.id(pending.userId())
				.name(pending.name())
				.displayName(pending.displayName())
				.build())
			.challenge(pending.challenge())
			.excludeCredentials(pending.exclude())
			.customize(this.fixed)
			.build();
	}

	/** What a registration in progress needs again to verify the authenticator's answer. */
	record Pending(Bytes challenge, Bytes userId, String name, String displayName,
			List<PublicKeyCredentialDescriptor> exclude) implements Serializable {
	}

}
