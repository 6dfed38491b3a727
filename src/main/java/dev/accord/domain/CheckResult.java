package dev.accord.domain;

/** What the last DNS check of a domain found. */
public enum CheckResult {

	/** The TXT record holds this claim's value. */
	FOUND,
	/** An {@code accord-verification=} TXT record is there, with another value. */
	WRONG_RECORD,
	/** No {@code accord-verification=} TXT record (no such name, or no such record). */
	NO_RECORD,
	/** The DNS server did not answer, or answered with an error. */
	LOOKUP_FAILED,
	/** The record is right, but another business account verified the domain. */
	TAKEN

}
