package dev.accord.account;

import java.util.UUID;

/** The context a person worked in last: a business account, or their personal account (null id). */
public record LastContext(UUID businessAccountId) {

	public static LastContext personal() {
		return new LastContext(null);
	}

	public boolean isPersonal() {
		return this.businessAccountId == null;
	}

}
