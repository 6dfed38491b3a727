package dev.accord.mail;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays an instance that dies while delivering: after {@code sendsBeforeDeath} messages every
 * dispatcher thread of the instance freezes where it is, before it can mark anything sent. A message
 * the server took but whose delivery never returned is "in flight": it is the only kind another
 * instance may send again.
 */
final class DyingTransport implements MailTransport {

	private final MailTransport delegate;

	private final int sendsBeforeDeath;

	private final AtomicInteger sent = new AtomicInteger();

	private final CountDownLatch dead = new CountDownLatch(1);

	private final CountDownLatch buried = new CountDownLatch(1);

	final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

	DyingTransport(MailTransport delegate, int sendsBeforeDeath) {
		this.delegate = delegate;
		this.sendsBeforeDeath = sendsBeforeDeath;
	}

	@Override
	public String mode() {
		return this.delegate.mode();
	}

	@Override
	public Connection open() {
		Connection connection = this.delegate.open();
		return new Connection() {

			@Override
			public void deliver(OutboxMessage message) throws Exception {
				freezeIfDead();
				DyingTransport.this.inFlight.add(message.id());
				try {
					connection.deliver(message);
				}
				catch (Exception ex) {
					DyingTransport.this.inFlight.remove(message.id());
					throw ex;
				}
				if (DyingTransport.this.sent.incrementAndGet() >= DyingTransport.this.sendsBeforeDeath) {
					DyingTransport.this.dead.countDown();
				}
				freezeIfDead();
				DyingTransport.this.inFlight.remove(message.id());
			}

			@Override
			public void close() {
				connection.close();
			}

		};
	}

	boolean awaitDeath(long millis) throws InterruptedException {
		return this.dead.await(millis, TimeUnit.MILLISECONDS);
	}

	/** Lets the frozen threads end (the test is over), without marking anything. */
	void bury() {
		this.buried.countDown();
	}

	private void freezeIfDead() throws InterruptedException {
		if (this.dead.getCount() == 0) {
			this.buried.await();
			throw new Died();
		}
	}

	/** Unwinds a frozen thread past every handler, as a dead process would leave it. */
	static final class Died extends Error {

		Died() {
			super("instance died", null, false, false);
		}

	}

}
