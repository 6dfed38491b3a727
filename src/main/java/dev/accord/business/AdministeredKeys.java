package dev.accord.business;

import java.util.List;
import java.util.UUID;

/**
 * The license keys a member administers, as the membership dialog lists them. Declared here so
 * that the business module can show them without knowing licensing; the licensing module
 * implements it. Without licensing a member administers no keys.
 */
public interface AdministeredKeys {

	/** The keys the member is License Administrator of, by name. */
	List<Key> of(UUID accountId, UUID memberId);

	/** A key as the dialog links to it. */
	record Key(UUID id, String name) {
	}

}
