package dev.accord.domain;

/** Where a claimed domain stands. */
public enum DomainStatus {

	/** Claimed, its record not (yet) found; checked on demand and on the schedule. */
	PENDING,
	/** Its record was found: the domain belongs to this business account. */
	VERIFIED,
	/** Not verified and no longer checked on the schedule (pending too long, or its record was gone too long); "Check now" still verifies it. */
	FAILED

}
