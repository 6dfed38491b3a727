package dev.accord.invitation;

/** What happened to one address of an invitation request. */
public enum InviteOutcome {

	/** A new invitation was sent. */
	INVITED,
	/** A pending invitation for that address got a fresh link (the old one stops working). */
	RESENT,
	/** The person is an active member already; nothing was sent. */
	ALREADY_MEMBER,
	/** The person is a blocked member; unblock them instead. */
	BLOCKED_MEMBER,
	/** The address is malformed (shown in the UI only; the API refuses the whole request). */
	INVALID;

	/** Whether this outcome sends an invitation email (and counts against the daily limit). */
	public boolean sends() {
		return this == INVITED || this == RESENT;
	}

	public String messageKey() {
		return "invite.outcome." + name();
	}

}
