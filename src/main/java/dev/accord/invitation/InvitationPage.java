package dev.accord.invitation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One page of invitations, newest first, and the opaque cursors of the pages around it.
 *
 * @param items the invitations of the page
 * @param offset how many invitations come before them in the list
 * @param previousCursor the cursor of the page before (null on the first)
 * @param nextCursor the cursor of the page after (null on the last)
 */
public record InvitationPage(List<InvitationView> items, long offset, String previousCursor, String nextCursor) {

	/** The keyset of an invitation in the list: newest first, ties by id. */
	record Key(Instant createdAt, UUID id) {

		String text() {
			return this.createdAt + "|" + this.id;
		}

		static Key parse(String text) {
			String[] parts = text.split("\\|", 2);
			return new Key(Instant.parse(parts[0]), UUID.fromString(parts[1]));
		}

	}

}
