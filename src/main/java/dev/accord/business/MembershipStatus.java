package dev.accord.business;

/** ACTIVE members have their role's rights; BLOCKED members have none. */
public enum MembershipStatus {

	ACTIVE, BLOCKED;

	public String messageKey() {
		return "status." + name();
	}

}
