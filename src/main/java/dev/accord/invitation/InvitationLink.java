package dev.accord.invitation;

import java.time.Duration;
import java.time.Instant;

/**
 * The link of an invitation as last sent: the SHA-256 of its token (the token itself is only in
 * the mail), when it was sent and until when it works.
 */
record InvitationLink(String tokenHash, Instant sentAt, Instant expiresAt) {

	/** How long the link works from when it was sent. */
	Duration validity() {
		return Duration.between(this.sentAt, this.expiresAt);
	}

	/** A new link, sent now, working for {@code validity}. */
	static InvitationLink sent(String tokenHash, Instant now, Duration validity) {
		return new InvitationLink(tokenHash, now, now.plus(validity));
	}

}
