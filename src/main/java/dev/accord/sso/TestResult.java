package dev.accord.sso;

/** What "Test connection" found last. */
public enum TestResult {

	/** Discovery and the signing keys were fetched and are usable. */
	OK,
	/** The discovery document could not be fetched or read. */
	DISCOVERY_FAILED,
	/** The discovery document names another issuer than the one configured. */
	ISSUER_MISMATCH,
	/** The signing keys (JWKS) could not be fetched or hold no key. */
	KEYS_FAILED;

	/** The message key that says it in words. */
	public String messageKey() {
		return "sso.test." + name();
	}

}
