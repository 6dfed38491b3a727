package dev.accord.account;

import java.util.UUID;

/**
 * A part of "Download my data" that another module keeps (business: memberships; audit: the
 * Activity entries by or about the person). Declared here so that the export needs to know no
 * such module; each part reads its own tables, in a bounded number of queries.
 */
public interface PersonalData {

	/** The part's name in the file, e.g. {@code memberships}. */
	String section();

	/** This person's data of the part, as records, lists and maps that JSON can write; never a secret. */
	Object of(UUID userId);

}
