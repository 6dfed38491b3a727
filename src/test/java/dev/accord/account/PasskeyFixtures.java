package dev.accord.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import dev.accord.support.Api.Person;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;

/**
 * Stores a passkey as a registration would, for tests that need one without a browser (its key is
 * no real key: it lists and removes, it cannot sign in).
 */
public final class PasskeyFixtures {

	private PasskeyFixtures() {
	}

	/** Adds a passkey called {@code name}, created at {@code created}; returns its id. */
	public static String add(ApplicationContext context, Person person, String name, Instant created) {
		PasskeyUsers users = context.getBean(PasskeyUsers.class);
		PublicKeyCredentialUserEntity entity = users.findByUsername(person.email());
		if (entity == null) {
			entity = ImmutablePublicKeyCredentialUserEntity.builder()
				.name(person.email())
				.id(Bytes.random())
				.displayName(person.email())
				.build();
			users.save(entity);
		}
		Bytes credentialId = Bytes.random();
		Instant at = created.truncatedTo(ChronoUnit.MILLIS);
		context.getBean(PasskeyCredentials.class).save(ImmutableCredentialRecord.builder()
			.credentialId(credentialId)
			.userEntityUserId(entity.getId())
			.publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3 }))
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.signatureCount(0)
			.uvInitialized(true)
			.backupEligible(false)
			.backupState(false)
			.transports(Set.of(AuthenticatorTransport.INTERNAL))
			.created(at)
			.lastUsed(at)
			.label(name)
			.build());
		return credentialId.toBase64UrlString();
	}

}
