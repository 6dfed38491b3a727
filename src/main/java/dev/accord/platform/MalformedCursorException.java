package dev.accord.platform;

/** A paging cursor that this application did not make; answered 400 {@code INVALID_CURSOR}. */
public class MalformedCursorException extends IllegalArgumentException {

	public MalformedCursorException() {
		super("INVALID_CURSOR");
	}

}
