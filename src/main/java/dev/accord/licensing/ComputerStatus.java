package dev.accord.licensing;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the registered computers list shows of a computer: active on the key, deactivated (its
 * seat freed), or blacklisted in the business account (deactivated and refused on every key).
 */
public enum ComputerStatus {

	ACTIVE, DEACTIVATED, BLACKLISTED;

	/** What the list shows unless asked otherwise: the computers that hold or are refused a seat. */
	public static Set<ComputerStatus> listedByDefault() {
		return EnumSet.of(ACTIVE, BLACKLISTED);
	}

	/** The chosen statuses, or the default when none is chosen. */
	public static Set<ComputerStatus> orDefault(Collection<ComputerStatus> chosen) {
		return (chosen == null || chosen.isEmpty()) ? listedByDefault() : EnumSet.copyOf(chosen);
	}

}
