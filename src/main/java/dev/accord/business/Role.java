package dev.accord.business;

/** A member's role in a business account. */
public enum Role {

	REGULAR_MEMBER, ACCOUNT_ADMINISTRATOR;

	/** The message key of the role's name as shown in the UI. */
	public String messageKey() {
		return "role." + name();
	}

}
