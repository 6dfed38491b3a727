package dev.accord.licensing;

import java.util.List;
import java.util.UUID;

import dev.accord.business.AdministeredKeys;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The keys a member is License Administrator of, for the membership dialog of the business module. */
@Component
class LicenseAdministratorKeys implements AdministeredKeys {

	private final KeyAdministrators administrators;

	LicenseAdministratorKeys(KeyAdministrators administrators) {
		this.administrators = administrators;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Key> of(UUID accountId, UUID memberId) {
		return this.administrators.keyNamesOf(accountId, memberId);
	}

}
