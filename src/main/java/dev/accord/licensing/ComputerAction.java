package dev.accord.licensing;

import java.util.Locale;

/** What an administrator can do with the selected computers of a key at once. */
public enum ComputerAction {

	DEACTIVATE, BLACKLIST, UNBLACKLIST, MOVE;

	/** The action named as the Computers page's buttons name it ({@code deactivate}, {@code move}…). */
	public static ComputerAction of(String name) {
		return valueOf(name.trim().toUpperCase(Locale.ROOT));
	}

	/** The message telling that the action was done. */
	public String doneMessageKey() {
		return "computers.done." + name().toLowerCase(Locale.ROOT);
	}

}
