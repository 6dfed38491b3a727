package dev.accord.account;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.accord.platform.NotFoundException;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's passkeys: listed and removed here; added through Spring Security's WebAuthn
 * registration ceremony ({@code /webauthn/register}), which {@link PasskeyCredentials} stores.
 */
@Service
public class Passkeys {

	/** The most characters a passkey's name may have. */
	public static final int MAX_NAME_LENGTH = 64;

	/** A credential id as it appears in paths: base64url, at most 1023 bytes (WebAuthn's limit). */
	private static final String ID_PATTERN = "[A-Za-z0-9_-]{1,1364}";

	private final PasskeyUsers entities;

	private final PasskeyCredentials credentials;

	Passkeys(PasskeyUsers entities, PasskeyCredentials credentials) {
		this.entities = entities;
		this.credentials = credentials;
	}

	/** The person's passkeys, newest first. */
	@Transactional(readOnly = true)
	public List<PasskeyView> list(UUID userId) {
		return entity(userId).map((entity) -> this.credentials.findByUserId(entity.getId())
			.stream()
			.map(Passkeys::view)
			.sorted(Comparator.comparing(PasskeyView::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList()).orElse(List.of());
	}

	/** One of the person's passkeys; someone else's, or an unknown or malformed id, is empty. */
	@Transactional(readOnly = true)
	public Optional<PasskeyView> find(UUID userId, String passkeyId) {
		return owned(userId, passkeyId).map(Passkeys::view);
	}

	/** Removes one of the person's passkeys; someone else's or an unknown id is {@link NotFoundException}. */
	@Transactional
	public PasskeyView remove(UUID userId, String passkeyId) {
		CredentialRecord credential = owned(userId, passkeyId).orElseThrow(NotFoundException::new);
		this.credentials.delete(credential.getCredentialId());
		return view(credential);
	}

	/** Removes every passkey of this person and the handle authenticators know them by. */
	@Transactional
	public void removeAll(UUID userId) {
		entity(userId).ifPresent((entity) -> {
			this.credentials.findByUserId(entity.getId()).forEach((c) -> this.credentials.delete(c.getCredentialId()));
			this.entities.delete(entity.getId());
		});
	}

	private Optional<CredentialRecord> owned(UUID userId, String passkeyId) {
		if (passkeyId == null || !passkeyId.matches(ID_PATTERN)) {
			return Optional.empty();
		}
		Bytes id;
		try {
			id = Bytes.fromBase64(passkeyId);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		Optional<PublicKeyCredentialUserEntity> entity = entity(userId);
		CredentialRecord credential = this.credentials.findByCredentialId(id);
		if (entity.isEmpty() || credential == null || !entity.get().getId().equals(credential.getUserEntityUserId())) {
			return Optional.empty();
		}
		return Optional.of(credential);
	}

	private Optional<PublicKeyCredentialUserEntity> entity(UUID userId) {
		return this.entities.ofPerson(userId);
	}

	private static PasskeyView view(CredentialRecord credential) {
		return new PasskeyView(credential.getCredentialId().toBase64UrlString(), credential.getLabel(),
				credential.getCreated(), credential.getLastUsed());
	}

	/**
	 * One passkey, never its key.
	 *
	 * @param id the credential id, base64url
	 * @param name what the person called it
	 * @param lastUsedAt its last sign-in (or second step), or its creation when never used
	 */
	public record PasskeyView(String id, String name, Instant createdAt, Instant lastUsedAt) {
	}

}
