package dev.accord.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due outbox messages, a batch at a time. The batch is claimed first (see
 * {@link MailOutbox}), so that several dispatchers (threads or instances) never send a message
 * twice, then sent over one connection, each message marked sent as soon as the server took it: a
 * dispatcher that dies leaves at most the message in flight to be sent again. A failure schedules
 * the next attempt with exponential backoff, and nothing is ever dropped. A dispatcher stops
 * sending from a batch once half its lease has passed and gives the rest back, so that a slow
 * server cannot make a lease run out under a message being sent.
 */
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private final MailOutbox outbox;

	private final MailTransport transport;

	private final MailSettings settings;

	private final Clock clock;

	MailDispatcher(MailOutbox outbox, MailTransport transport, MailSettings settings, Clock clock) {
		this.outbox = outbox;
		this.transport = transport;
		this.settings = settings;
		this.clock = clock;
	}

	/** One round: claims a batch of due messages and delivers it; returns how many were sent. */
	int dispatchDue() {
		MailOutbox.Claim claim = this.outbox.claim(this.settings.batchSize(), this.settings.claimLease(),
				this.clock.instant());
		if (claim.messages().isEmpty()) {
			return 0;
		}
		log.debug("{} message(s) claimed for delivery", claim.messages().size());
		Instant sendBefore = claim.until().minus(this.settings.claimLease().dividedBy(2));
		try (MailTransport.Connection connection = this.transport.open()) {
			return deliver(claim, connection, sendBefore);
		}
		finally {
			this.outbox.release(claim.token());
		}
	}

	private int deliver(MailOutbox.Claim claim, MailTransport.Connection connection, Instant sendBefore) {
		List<MailOutbox.Queued> messages = claim.messages();
		int sent = 0;
		for (int i = 0; i < messages.size() && this.clock.instant().isBefore(sendBefore); i++) {
			MailOutbox.Queued queued = messages.get(i);
			try {
				connection.deliver(queued.message());
				this.outbox.markSent(queued.message().id(), this.clock.instant());
				sent++;
			}
			catch (MailTransport.UnavailableException ex) {
				log.warn("Mail server unavailable, {} message(s) will be tried again: {}", messages.size() - i,
						ex.getMessage());
				messages.subList(i, messages.size()).forEach((rest) -> reschedule(claim, rest, ex));
				return sent;
			}
			catch (Exception ex) {
				failed(claim, queued, ex);
			}
		}
		return sent;
	}

	private void failed(MailOutbox.Claim claim, MailOutbox.Queued queued, Exception ex) {
		log.warn("Mail {} not delivered (attempt {}), next try in {}: {}", queued.message().id(), queued.attempts() + 1,
				backoff(queued.attempts() + 1), ex.toString());
		reschedule(claim, queued, ex);
	}

	private void reschedule(MailOutbox.Claim claim, MailOutbox.Queued queued, Exception ex) {
		Duration delay = backoff(queued.attempts() + 1);
		this.outbox.markFailed(queued.message().id(), claim.token(), this.clock.instant().plus(delay), ex.toString());
	}

	/** base × 2^(failures−1), capped at the maximum. */
	Duration backoff(int failures) {
		Duration delay = this.settings.retryBase();
		for (int i = 1; i < failures && delay.compareTo(this.settings.retryMax()) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(this.settings.retryMax()) > 0) ? this.settings.retryMax() : delay;
	}

}
