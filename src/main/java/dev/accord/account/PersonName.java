package dev.accord.account;

/** The limits of a person's first and last name, wherever they are entered. */
public final class PersonName {

	/** The most characters a first or a last name may have. */
	public static final int MAX_LENGTH = 100;

	private PersonName() {
	}

}
