package dev.accord.account;

import java.time.Duration;
import java.util.function.Consumer;

import dev.accord.mail.MailService;
import dev.accord.platform.AccordProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions.PublicKeyCredentialCreationOptionsBuilder;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Spring Security's WebAuthn relying party over its JDBC repositories ({@code user_entities},
 * {@code user_credentials}). Passkeys are discoverable (resident) credentials with user verification,
 * so one signs in without an email and counts as two steps.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	PasskeyUsers passkeyUsers(JdbcOperations jdbc, UserAccounts accounts) {
		return new PasskeyUsers(new JdbcPublicKeyCredentialUserEntityRepository(jdbc), accounts);
	}

	@Bean
	PasskeyCredentials passkeyCredentials(JdbcOperations jdbc, PasskeyUsers users, UserAccounts accounts,
			MailService mail, AccordProperties properties) {
		return new PasskeyCredentials(new JdbcUserCredentialRepository(jdbc), users, accounts, mail, properties);
	}

	/**
	 * What every registration asks for: a discoverable credential (resident key) that verifies its
	 * user, without attestation, with the algorithms Spring offers by default.
	 */
	static final Consumer<PublicKeyCredentialCreationOptionsBuilder> CREATION = (options) -> options
		.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
			.residentKey(ResidentKeyRequirement.REQUIRED)
			.userVerification(UserVerificationRequirement.REQUIRED)
			.build())
		.attestation(AttestationConveyancePreference.NONE)
		.pubKeyCredParams(PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256,
				PublicKeyCredentialParameters.RS256)
		.extensions(new ImmutableAuthenticationExtensionsClientInputs(ImmutableAuthenticationExtensionsClientInput.credProps))
		.timeout(Duration.ofMinutes(5));

	@Bean
	PublicKeyCredentialRpEntity passkeyRelyingPartyEntity(PasskeySettings settings, AccordProperties properties) {
		return PublicKeyCredentialRpEntity.builder()
			.id(settings.rpIdFor(properties.baseUrl()))
			.name(properties.brand().name())
			.build();
	}

	@Bean
	PasskeyCreationOptions passkeyCreationOptions(PublicKeyCredentialRpEntity rp) {
		return new PasskeyCreationOptions(rp, CREATION);
	}

	@Bean
	WebAuthnRelyingPartyOperations passkeyRelyingParty(PasskeyUsers users, PasskeyCredentials credentials,
			PublicKeyCredentialRpEntity rp, PasskeySettings settings, AccordProperties properties) {
		Webauthn4JRelyingPartyOperations operations = new Webauthn4JRelyingPartyOperations(users, credentials, rp,
				settings.originsFor(properties.baseUrl()));
		operations.setCustomizeCreationOptions(CREATION);
		operations.setCustomizeRequestOptions((options) -> options.userVerification(UserVerificationRequirement.REQUIRED));
		return operations;
	}

}
