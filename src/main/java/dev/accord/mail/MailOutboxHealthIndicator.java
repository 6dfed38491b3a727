package dev.accord.mail;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/** Reports the mail mode in use and how many messages wait for delivery. */
@Component("mailOutbox")
class MailOutboxHealthIndicator implements HealthIndicator {

	private final MailOutbox outbox;

	private final MailTransport transport;

	MailOutboxHealthIndicator(MailOutbox outbox, MailTransport transport) {
		this.outbox = outbox;
		this.transport = transport;
	}

	@Override
	public Health health() {
		long pending;
		try {
			pending = this.outbox.pending();
		}
		catch (DataAccessException ex) {
			// The health endpoint does not catch it: thrown, it would fail /actuator/health instead of saying DOWN.
			return Health.down(ex).withDetail("mode", this.transport.mode()).build();
		}
		Health.Builder health = Health.up().withDetail("mode", this.transport.mode()).withDetail("pending", pending);
		if ("mailbox".equals(this.transport.mode())) {
			health.withDetail("delivery", "not delivered: kept at /dev/mailbox");
		}
		return health.build();
	}

}
