package dev.accord.account;

import java.util.Optional;
import java.util.UUID;

import dev.accord.shared.EmailAddress;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;

/**
 * The WebAuthn user entities (the random handle an authenticator knows a person by), in Spring's
 * {@code user_entities} table, keyed by the person's id rather than their email: an email can change,
 * the id cannot. Spring asks by "username", which is the signed-in person's email; this translates
 * it to the id and back, so an authenticator is shown the current email.
 */
class PasskeyUsers implements PublicKeyCredentialUserEntityRepository {

	private final JdbcPublicKeyCredentialUserEntityRepository stored;

	private final UserAccounts accounts;

	PasskeyUsers(JdbcPublicKeyCredentialUserEntityRepository stored, UserAccounts accounts) {
		this.stored = stored;
		this.accounts = accounts;
	}

	/** The stored entity, named by the person's id (as {@link #personOf} reads it). */
	@Override
	public PublicKeyCredentialUserEntity findById(Bytes id) {
		return this.stored.findById(id);
	}

	@Override
	public PublicKeyCredentialUserEntity findByUsername(String email) {
		Optional<AccordUser> person = person(email);
		if (person.isEmpty()) {
			return null;
		}
		PublicKeyCredentialUserEntity entity = this.stored.findByUsername(person.get().id().toString());
		return (entity == null) ? null : named(entity, person.get().email());
	}

	@Override
	public void save(PublicKeyCredentialUserEntity entity) {
		String name = entity.getName();
		String stored = isId(name) ? name : person(name).map((p) -> p.id().toString()).orElseThrow(
				() -> new IllegalStateException("no account for this WebAuthn user entity"));
		this.stored.save(ImmutablePublicKeyCredentialUserEntity.builder()
			.name(stored)
			.id(entity.getId())
			.displayName(entity.getDisplayName())
			.build());
	}

	@Override
	public void delete(Bytes id) {
		this.stored.delete(id);
	}

	/** The stored entity of this person, if they ever began to add a passkey. */
	Optional<PublicKeyCredentialUserEntity> ofPerson(UUID userId) {
		return Optional.ofNullable(this.stored.findByUsername(userId.toString()));
	}

	/** The person a stored entity belongs to, if the account still exists. */
	Optional<UUID> personOf(PublicKeyCredentialUserEntity entity) {
		return isId(entity.getName()) ? Optional.of(UUID.fromString(entity.getName())) : Optional.empty();
	}

	private Optional<AccordUser> person(String email) {
		String normalized = EmailAddress.normalize(email);
		return (normalized == null) ? Optional.empty() : this.accounts.credentials(normalized);
	}

	private static PublicKeyCredentialUserEntity named(PublicKeyCredentialUserEntity entity, String email) {
		return ImmutablePublicKeyCredentialUserEntity.builder()
			.name(email)
			.id(entity.getId())
			.displayName(email)
			.build();
	}

	private static boolean isId(String name) {
		return name != null && name.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	}

}
