package dev.accord.account;

import java.util.UUID;

/**
 * A second step that confirms a sensitive action with a typed code, such as deleting the account
 * or creating an API token over the API. An authenticator app is one; a passkey is not (it
 * cannot be typed).
 */
interface SecondStepCheck {

	/** Whether this person has this kind of code set up and confirmed. */
	boolean applies(UUID userId);

	/** Whether the code is right for this person; a code is accepted once, and guesses are throttled. */
	boolean verify(UUID userId, String code);

}
