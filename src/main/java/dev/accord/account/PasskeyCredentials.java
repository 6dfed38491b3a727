package dev.accord.account;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.accord.mail.Mail;
import dev.accord.mail.MailService;
import dev.accord.platform.AccordProperties;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The passkeys themselves (public keys, never a secret), in Spring's {@code user_credentials} table.
 * A passkey saved for the first time is a new one: its owner is emailed, through the outbox in the
 * same transaction, so that a passkey added by someone else with the person's session does not go unseen.
 */
class PasskeyCredentials implements UserCredentialRepository {

	private final JdbcUserCredentialRepository stored;

	private final PasskeyUsers users;

	private final UserAccounts accounts;

	private final MailService mail;

	private final AccordProperties properties;

	PasskeyCredentials(JdbcUserCredentialRepository stored, PasskeyUsers users, UserAccounts accounts, MailService mail,
			AccordProperties properties) {
		this.stored = stored;
		this.users = users;
		this.accounts = accounts;
		this.mail = mail;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void save(CredentialRecord credential) {
		boolean added = this.stored.findByCredentialId(credential.getCredentialId()) == null;
		this.stored.save(credential);
		if (added) {
			tellOwner(credential);
		}
	}

	@Override
	public void delete(Bytes credentialId) {
		this.stored.delete(credentialId);
	}

	@Override
	public CredentialRecord findByCredentialId(Bytes credentialId) {
		return this.stored.findByCredentialId(credentialId);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return this.stored.findByUserId(userId);
	}

	private void tellOwner(CredentialRecord credential) {
		var entity = this.users.findById(credential.getUserEntityUserId());
		if (entity == null) {
			return;
		}
		this.users.personOf(entity).flatMap(this.accounts::byId).ifPresent((person) -> {
			Locale locale = person.language().locale();
			this.mail.enqueue(new Mail(person.email(), locale, "passkey-added",
					new Object[] { this.properties.brand().name() },
					Map.of("name", person.displayName(), "passkey", credential.getLabel(), "link",
							this.properties.link("/security#passkeys"))));
		});
	}

}
