package dev.accord.invitation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** One page of invitations, newest first, and the opaque cursor of the next (null on the last). */
public record InvitationPage(List<InvitationView> items, String nextCursor) {

	/** The keyset of the last invitation of a page. */
	record Key(Instant createdAt, UUID id) {

		String encode() {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString((this.createdAt + "|" + this.id).getBytes(StandardCharsets.UTF_8));
		}

		/** The key, or null for no cursor; a malformed cursor starts from the beginning. */
		static Key decode(String cursor) {
			if (cursor == null || cursor.isBlank() || cursor.length() > 200) {
				return null;
			}
			try {
				String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
				return new Key(Instant.parse(parts[0]), UUID.fromString(parts[1]));
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

	}

}
