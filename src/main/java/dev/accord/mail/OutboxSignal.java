package dev.accord.mail;

import java.time.Duration;

/**
 * Rung after a commit that queued mail, so that idle dispatchers start at once instead of at their
 * next poll. A dispatcher notes {@link #generation()} before it looks for work and then waits for a
 * newer one, so a ring while it was busy is not lost.
 */
class OutboxSignal {

	private final Object monitor = new Object();

	private long generation;

	long generation() {
		synchronized (this.monitor) {
			return this.generation;
		}
	}

	void ring() {
		synchronized (this.monitor) {
			this.generation++;
			this.monitor.notifyAll();
		}
	}

	/** Waits until rung after {@code seen}, or for the timeout; returns early when interrupted. */
	void await(long seen, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.monitor) {
			long left = deadline - System.nanoTime();
			while (this.generation == seen && left > 0) {
				try {
					this.monitor.wait(Math.max(1, left / 1_000_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				left = deadline - System.nanoTime();
			}
		}
	}

}
