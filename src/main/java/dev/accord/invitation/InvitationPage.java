package dev.accord.invitation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.accord.platform.Cursors;

/** One page of invitations, newest first, and the opaque cursor of the next (null on the last). */
public record InvitationPage(List<InvitationView> items, String nextCursor) {

	/** The keyset of the last invitation of a page. */
	record Key(Instant createdAt, UUID id) {

		String encode() {
			return Cursors.encode(this.createdAt + "|" + this.id);
		}

		/** The key, or null for no cursor; a malformed cursor is refused. */
		static Key decode(String cursor) {
			return Cursors.decode(cursor, (text) -> {
				String[] parts = text.split("\\|", 2);
				return new Key(Instant.parse(parts[0]), UUID.fromString(parts[1]));
			});
		}

	}

}
